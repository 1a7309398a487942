package io.github.rnnmem.api;

import java.util.Objects;

/**
 * One thing wrong with the settings given to a unit: the key, the rule it breaks and what was
 * found, with a suggestion when the key looks misspelt.
 *
 * @param key the key the problem is about
 * @param expected what the rule asks for, such as {@code an integer in [1, 65536]}
 * @param found what was found, already rendered for a message
 * @param suggestion a likely intended key, or null
 */
public record HyperparameterProblem(String key, String expected, String found, String suggestion) {

    /** Checks the mandatory parts. */
    public HyperparameterProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    /**
     * A value outside the key's domain, or a missing required value.
     *
     * @param key the key
     * @param expected what the domain accepts
     * @param value the raw value found, or null when absent
     * @return the problem
     */
    public static HyperparameterProblem invalidValue(String key, String expected, Object value) {
        return new HyperparameterProblem(key, expected, Values.render(value), null);
    }

    /**
     * A key the unit does not know.
     *
     * @param key the unknown key
     * @param knownKeys every key the unit accepts, comma separated
     * @param suggestion the nearest known key, or null
     * @return the problem
     */
    public static HyperparameterProblem unknownKey(String key, String knownKeys, String suggestion) {
        return new HyperparameterProblem(key, "one of the keys " + knownKeys, "an unknown key", suggestion);
    }

    /**
     * The message without any location prefix.
     *
     * @return for instance {@code hidden: expected an integer in [1, 65536], got "6oo"}
     */
    public String message() {
        return key + ": " + rule();
    }

    /**
     * The rule and the finding, without the key.
     *
     * @return for instance {@code expected an integer in [1, 65536], got "6oo"}
     */
    public String rule() {
        String text = "expected " + expected + ", got " + found;
        return suggestion == null ? text : text + "; did you mean \"" + suggestion + "\"?";
    }
}
