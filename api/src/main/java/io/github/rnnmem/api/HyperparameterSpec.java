package io.github.rnnmem.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every setting a recurrent unit accepts, and the one place where raw settings (as read from an
 * experiment file) are checked and turned into typed {@link Hyperparameters}.
 *
 * <p>The spec always starts with {@link Hyperparameter#HIDDEN}. The keys {@link #RESERVED_KEYS}
 * belong to the experiment file around a unit and cannot be declared by a unit.
 */
public final class HyperparameterSpec {

    /** Keys an experiment file uses next to a unit's own settings: never a unit's keys. */
    public static final Set<String> RESERVED_KEYS = Set.of("unit", "layers", "label");

    private final Map<String, Hyperparameter> entries;

    private HyperparameterSpec(Map<String, Hyperparameter> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * Starts a spec that already holds {@link Hyperparameter#HIDDEN}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The declared settings in declaration order, {@code hidden} first.
     *
     * @return the hyperparameters
     */
    public List<Hyperparameter> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Looks up one declared setting.
     *
     * @param key the key
     * @return the hyperparameter, or empty when the unit does not declare it
     */
    public Optional<Hyperparameter> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Finds every problem with raw settings, without throwing: unknown keys (with the nearest
     * known key), missing required keys and values outside their domain.
     *
     * @param raw the settings as read, keys to raw values
     * @return the problems, in the order of the raw keys then the spec; empty when all is well
     */
    public List<HyperparameterProblem> check(Map<String, ?> raw) {
        List<HyperparameterProblem> problems = new ArrayList<>();
        String known = String.join(", ", entries.keySet());
        for (String key : raw.keySet()) {
            if (!entries.containsKey(key)) {
                problems.add(
                        HyperparameterProblem.unknownKey(
                                key, known, NearestNames.nearest(key, entries.keySet()).orElse(null)));
            }
        }
        for (Hyperparameter entry : entries.values()) {
            Object value = raw.get(entry.key());
            if (value == null && !entry.required()) {
                continue;
            }
            if (value == null || entry.domain().accept(value).isEmpty()) {
                String expected =
                        value == null ? entry.domain().expected() + " (required)" : entry.domain().expected();
                problems.add(HyperparameterProblem.invalidValue(entry.key(), expected, value));
            }
        }
        return problems;
    }

    /**
     * Checks raw settings and resolves them, filling in defaults.
     *
     * @param raw the settings as read, keys to raw values
     * @return the typed values of every declared key
     * @throws InvalidHyperparametersException listing every problem {@link #check} finds
     */
    public Hyperparameters resolve(Map<String, ?> raw) {
        List<HyperparameterProblem> problems = check(raw);
        if (!problems.isEmpty()) {
            throw new InvalidHyperparametersException(problems);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Hyperparameter entry : entries.values()) {
            Object value = raw.get(entry.key());
            values.put(
                    entry.key(),
                    value == null ? entry.defaultValue() : entry.domain().accept(value).orElseThrow());
        }
        return new Hyperparameters(this, values);
    }

    @Override
    public String toString() {
        return entries.values().stream()
                .map(e -> e.key() + ":" + e.domain().type())
                .collect(Collectors.joining(", ", "HyperparameterSpec[", "]"));
    }

    /** Collects the settings of a spec; {@code hidden} is already there. */
    public static final class Builder {

        private final Map<String, Hyperparameter> entries = new LinkedHashMap<>();

        private Builder() {
            entries.put(Hyperparameter.HIDDEN.key(), Hyperparameter.HIDDEN);
        }

        /**
         * Adds a setting.
         *
         * @param hyperparameter the setting
         * @return this builder
         * @throws IllegalArgumentException if the key is taken or reserved
         */
        public Builder add(Hyperparameter hyperparameter) {
            String key = hyperparameter.key();
            if (RESERVED_KEYS.contains(key)) {
                throw new IllegalArgumentException(
                        "\"" + key + "\" is reserved for the experiment file: " + RESERVED_KEYS);
            }
            if (entries.putIfAbsent(key, hyperparameter) != null) {
                throw new IllegalArgumentException("hyperparameter \"" + key + "\" declared twice");
            }
            return this;
        }

        /**
         * Adds an integer setting.
         *
         * @param key the key
         * @param min the smallest accepted value
         * @param max the largest accepted value
         * @param defaultValue the default, or null when required
         * @param description the meaning
         * @return this builder
         */
        public Builder integer(String key, int min, int max, Integer defaultValue, String description) {
            return add(Hyperparameter.integer(key, min, max, defaultValue, description));
        }

        /**
         * Adds a real-valued setting.
         *
         * @param key the key
         * @param min the smallest accepted value
         * @param max the largest accepted value
         * @param defaultValue the default, or null when required
         * @param description the meaning
         * @return this builder
         */
        public Builder real(String key, double min, double max, Double defaultValue, String description) {
            return add(Hyperparameter.real(key, min, max, defaultValue, description));
        }

        /**
         * Adds a setting that takes one of a few words.
         *
         * @param key the key
         * @param options the accepted words
         * @param defaultValue the default, or null when required
         * @param description the meaning
         * @return this builder
         */
        public Builder choice(String key, List<String> options, String defaultValue, String description) {
            return add(Hyperparameter.choice(key, options, defaultValue, description));
        }

        /**
         * Adds a boolean setting.
         *
         * @param key the key
         * @param defaultValue the default, or null when required
         * @param description the meaning
         * @return this builder
         */
        public Builder flag(String key, Boolean defaultValue, String description) {
            return add(Hyperparameter.flag(key, defaultValue, description));
        }

        /**
         * Builds the spec.
         *
         * @return the immutable spec
         */
        public HyperparameterSpec build() {
            return new HyperparameterSpec(entries);
        }
    }
}
