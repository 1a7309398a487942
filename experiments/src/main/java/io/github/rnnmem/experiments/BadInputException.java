package io.github.rnnmem.experiments;

/**
 * Input from the user that rnnmem cannot use: a broken file, a wrong setting, a missing corpus.
 *
 * <p>The message alone is shown to the user, without a stack trace, and the command exits with
 * status 2. It names the place (file, line, setting) and the problem, and when it can, what to do.
 */
public class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the place and the problem, for the user
     */
    public BadInputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message the place and the problem, for the user
     * @param cause the underlying failure
     */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
