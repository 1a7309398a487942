package io.github.rnnmem.experiments.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of one mapping by key, as bound from YAML or as given to a record's constructor. An
 * absent key has no value; optional values are held unwrapped (the path, not {@code
 * Optional<Path>}).
 */
public final class Values {

    private final Set<String> keys;
    private final Map<String, Object> values = new LinkedHashMap<>();

    /**
     * Starts empty values of a mapping.
     *
     * @param keys the keys the mapping may hold
     */
    Values(List<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /**
     * Whether a key has a value.
     *
     * @param key one of the mapping's keys
     * @return true when it has one
     */
    public boolean has(String key) {
        return values.containsKey(known(key));
    }

    /**
     * A key's value.
     *
     * @param key one of the mapping's keys
     * @param <T> the value's type, unwrapped from {@code Optional}
     * @return the value, or null when absent
     */
    @SuppressWarnings("unchecked") // a key holds only values of its own component's type
    public <T> T get(String key) {
        return (T) values.get(known(key));
    }

    void put(String key, Object value) {
        if (value != null) {
            values.put(known(key), value);
        }
    }

    private String known(String key) {
        if (!keys.contains(key)) {
            throw new IllegalArgumentException("no setting " + key + " among " + keys);
        }
        return key;
    }
}
