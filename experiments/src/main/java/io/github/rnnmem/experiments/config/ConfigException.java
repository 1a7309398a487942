package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.settings.ConfigProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An experiment's configuration cannot be used. The message lists every problem on its own line, in
 * reading order: the file top to bottom, then the command-line overrides.
 */
public final class ConfigException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /** The problems, in reading order. */
    private final transient List<ConfigProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found, in reading order; not empty
     */
    public ConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::message).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration exception needs a problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in reading order, never empty
     */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
