package io.github.rnnmem.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The resolved, typed settings of one unit: every key of its {@link HyperparameterSpec} with a
 * value inside its domain. Made only by {@link HyperparameterSpec#resolve(Map)}.
 */
public final class Hyperparameters {

    private final HyperparameterSpec spec;
    private final Map<String, Object> values;

    Hyperparameters(HyperparameterSpec spec, Map<String, Object> values) {
        this.spec = spec;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The width of the layer's hidden output.
     *
     * @return the value of {@link Hyperparameter#HIDDEN}
     */
    public int hidden() {
        return integer(Hyperparameter.HIDDEN.key());
    }

    /**
     * An integer setting.
     *
     * @param key a key declared with an integer domain
     * @return its value
     */
    public int integer(String key) {
        return (Integer) value(key, Domain.IntegerRange.class);
    }

    /**
     * A real-valued setting.
     *
     * @param key a key declared with a real domain
     * @return its value
     */
    public double real(String key) {
        return (Double) value(key, Domain.RealRange.class);
    }

    /**
     * A setting that takes one of a few words.
     *
     * @param key a key declared with a choice domain
     * @return its value
     */
    public String choice(String key) {
        return (String) value(key, Domain.Choice.class);
    }

    /**
     * A boolean setting.
     *
     * @param key a key declared with a boolean domain
     * @return its value
     */
    public boolean flag(String key) {
        return (Boolean) value(key, Domain.Flag.class);
    }

    /**
     * Every value, in the order of the spec.
     *
     * @return an unmodifiable map from key to canonical value
     */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * The spec these values were resolved against.
     *
     * @return the spec
     */
    public HyperparameterSpec spec() {
        return spec;
    }

    private Object value(String key, Class<? extends Domain> domainType) {
        Hyperparameter entry =
                spec.find(key)
                        .orElseThrow(
                                () -> new IllegalArgumentException("no hyperparameter \"" + key + "\" in " + spec));
        if (!domainType.isInstance(entry.domain())) {
            throw new IllegalArgumentException(
                    "hyperparameter \"" + key + "\" is of type " + entry.domain().type());
        }
        return values.get(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hyperparameters that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
