package io.github.rnnmem.experiments.settings;

import java.util.Objects;

/**
 * One thing wrong with an experiment's configuration.
 *
 * @param where the place: {@code file:line} for the experiment file, {@code file:line:column} for a
 *     syntax error, or the command-line override such as {@code --set training.epochs}
 * @param path the configuration path, such as {@code units[1].hidden}; empty when the problem is
 *     about the text as a whole
 * @param rule the rule and what was found, such as {@code expected an integer in [1, 65536], got
 *     "6oo"}
 */
public record ConfigProblem(String where, String path, String rule) {

    /** Checks that every part is present. */
    public ConfigProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * The problem as one line for the user; the path is left out where the place already names it
     * (an override of that very path).
     *
     * @return for instance {@code quickstart.yaml:14: units[1].hidden: expected an integer in [1,
     *     65536], got "6oo"}, or {@code --set units[1].hidden: expected ...}
     */
    public String message() {
        return path.isEmpty() || where.endsWith(" " + path) ? where + ": " + rule : where + ": " + path + ": " + rule;
    }
}
