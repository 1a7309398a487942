package io.github.rnnmem.experiments.wiring;

import java.io.PrintStream;

/**
 * Where commands print: results to {@code out}, warnings to {@code err}.
 *
 * @param out standard output
 * @param err standard error
 */
public record Console(PrintStream out, PrintStream err) {

    /**
     * Prints a warning line on standard error.
     *
     * @param message the warning
     */
    public void warn(String message) {
        err.println("warning: " + message);
    }
}
