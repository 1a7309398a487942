package io.github.rnnmem.api;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when settings do not satisfy a {@link HyperparameterSpec}; carries every problem. */
public final class InvalidHyperparametersException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems found, in the order of the spec. */
    private final transient List<HyperparameterProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; not empty
     */
    public InvalidHyperparametersException(List<HyperparameterProblem> problems) {
        super(
                problems.stream()
                        .map(HyperparameterProblem::message)
                        .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, never empty
     */
    public List<HyperparameterProblem> problems() {
        return problems;
    }
}
