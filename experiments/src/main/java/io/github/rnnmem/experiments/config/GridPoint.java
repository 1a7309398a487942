package io.github.rnnmem.experiments.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One point of an experiment's grid: the value of every grid key, and the experiment they make.
 *
 * @param values every grid key's path and its value at this point, in canonical YAML, in the
 *     grid's order; empty outside a grid
 * @param config the experiment with these values set, validated
 * @param settings what the point sets for each of the experiment's units, in the order of {@code
 *     config.units()}
 */
public record GridPoint(Map<String, String> values, ExperimentConfig config, List<GridSetting> settings) {

    /** Copies the collections and checks there is one setting per unit. */
    public GridPoint {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Objects.requireNonNull(config, "config");
        settings = List.copyOf(settings);
        if (settings.size() != config.units().size()) {
            throw new IllegalArgumentException(settings.size() + " settings for " + config.units().size() + " units");
        }
    }

    /**
     * The point as {@code describe} lists it.
     *
     * @return for instance {@code units[0].hidden=128 training.learning_rate=0.001}; empty outside a
     *     grid
     */
    public String label() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    /**
     * What the point sets for one unit.
     *
     * @param unit the unit's index in {@code config.units()}
     * @return its setting
     */
    public GridSetting setting(int unit) {
        return settings.get(unit);
    }
}
