package io.github.rnnmem.experiments.data;

/** A dataset file that must not be used: corrupt, truncated, of another format or another key. */
final class UnusableCacheException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong, completing "the file ..."
     */
    UnusableCacheException(String problem) {
        super(problem);
    }
}
