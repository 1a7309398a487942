package io.github.rnnmem.experiments.settings;

import java.util.Objects;

/**
 * A broken rule between settings, see {@link Relations#check}.
 *
 * @param path the configuration path the problem is located at, relative to the mapping, such as
 *     {@code url} or {@code units[2].label}
 * @param expected what the rule asks for there
 * @param found the value found there, or null when absent
 */
public record Violation(String path, String expected, Object found) {

    /** Checks the parts. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expected, "expected");
    }
}
