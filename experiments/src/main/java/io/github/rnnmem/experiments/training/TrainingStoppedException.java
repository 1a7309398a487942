package io.github.rnnmem.experiments.training;

/**
 * Training stopped because the process was asked to end, after writing the checkpoint of the last
 * batch it trained: running it again resumes there.
 */
public final class TrainingStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where training stopped, for the user
     */
    public TrainingStoppedException(String message) {
        super(message);
    }
}
