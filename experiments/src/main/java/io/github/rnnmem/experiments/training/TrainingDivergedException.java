package io.github.rnnmem.experiments.training;

/** The loss of a unit became NaN or infinite: its training stops, its last good checkpoint stays. */
public final class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the unit, the step, the value and the checkpoint kept
     */
    public TrainingDivergedException(String message) {
        super(message);
    }
}
