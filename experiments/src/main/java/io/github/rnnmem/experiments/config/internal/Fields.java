package io.github.rnnmem.experiments.config.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The values of one mapping, by {@link Entry}: what a record's constructor was given, or what the
 * binder has accepted so far. An absent key has no value; a value is never null.
 *
 * <p>Values go in only through {@link #put(Entry, Object)} and its variants, or after their entry
 * accepted them, so each is of its entry's type.
 */
public final class Fields {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /**
     * Sets a value.
     *
     * @param entry the entry
     * @param value the value, or null to leave the key absent
     * @param <T> the value type
     * @return these fields
     */
    public <T> Fields put(Entry<T> entry, T value) {
        putValue(entry.key(), value);
        return this;
    }

    /**
     * Sets an optional value.
     *
     * @param entry the entry
     * @param value the value, or empty to leave the key absent
     * @param <T> the value type
     * @return these fields
     */
    public <T> Fields put(Entry<T> entry, Optional<T> value) {
        return put(entry, Objects.requireNonNull(value, entry.key()).orElse(null));
    }

    /**
     * Sets an optional integer.
     *
     * @param entry the entry
     * @param value the value, or empty to leave the key absent
     * @return these fields
     */
    public Fields put(Entry<Integer> entry, OptionalInt value) {
        Objects.requireNonNull(value, entry.key());
        return put(entry, value.isPresent() ? value.getAsInt() : null);
    }

    /**
     * A value.
     *
     * @param entry the entry
     * @param <T> the value type
     * @return the value, or null when absent
     */
    @SuppressWarnings("unchecked") // values are stored only under entries of their type
    public <T> T get(Entry<T> entry) {
        return (T) values.get(entry.key());
    }

    /**
     * An optional value.
     *
     * @param entry the entry
     * @param <T> the value type
     * @return the value, or empty when absent
     */
    public <T> Optional<T> optional(Entry<T> entry) {
        return Optional.ofNullable(get(entry));
    }

    /**
     * An optional integer.
     *
     * @param entry the entry
     * @return the value, or empty when absent
     */
    public OptionalInt optionalInt(Entry<Integer> entry) {
        Integer value = get(entry);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /**
     * Whether a value is present.
     *
     * @param entry the entry
     * @return true when the key has a value
     */
    public boolean has(Entry<?> entry) {
        return values.containsKey(entry.key());
    }

    /**
     * A copy without one key, such as the configuration without its output directory.
     *
     * @param entry the entry to leave out
     * @return the copy
     */
    public Fields without(Entry<?> entry) {
        Fields copy = new Fields();
        copy.values.putAll(values);
        copy.values.remove(entry.key());
        return copy;
    }

    Object value(String key) {
        return values.get(key);
    }

    void putValue(String key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
