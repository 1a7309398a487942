package io.github.rnnmem.experiments.wiring;

import java.util.Map;
import java.util.Optional;

/**
 * The process environment as commands see it; tests give their own.
 *
 * @param variables the variables
 */
public record Environment(Map<String, String> variables) {

    /** Copies the variables. */
    public Environment {
        variables = Map.copyOf(variables);
    }

    /**
     * One variable.
     *
     * @param name the name
     * @return its value, or empty when unset or blank
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }
}
