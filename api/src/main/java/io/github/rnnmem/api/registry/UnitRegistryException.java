package io.github.rnnmem.api.registry;

/** A unit cannot be found, or the units found are ambiguous, malformed or cannot be loaded. */
public final class UnitRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the unit, class or file
     */
    public UnitRegistryException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong, naming the unit, class or file
     * @param cause the underlying failure
     */
    public UnitRegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
