package io.github.rnnmem.experiments.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Guice;
import com.google.inject.ProvisionException;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.FileProblems;
import io.github.rnnmem.experiments.stop.TerminationSignal;
import io.github.rnnmem.experiments.training.TrainingStoppedException;
import io.github.rnnmem.experiments.wiring.CommandLineModule;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code rnnmem} command line.
 *
 * <p>Exit status: 0 on success, 2 for bad input and for a file system the user must fix (the
 * message alone is printed, no stack trace), 143 for a run stopped on SIGTERM (its checkpoint
 * written), 1 for an unexpected failure (printed with its stack trace, as a bug to report).
 */
public final class Main {

    /** Exit status for input the user must fix. */
    public static final int BAD_INPUT = 2;

    private Main() {}

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new Console(System.out, System.err), System.getenv()));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     * @param console where to print
     * @param environment the environment variables
     * @return the exit status
     */
    public static int run(String[] args, Console console, Map<String, String> environment) {
        try {
            CommandLine commandLine = CommandTree.build(Guice.createInjector(new CommandLineModule(console, environment)), console);
            try {
                return commandLine.execute(args);
            } finally {
                commandLine.getOut().flush();
                commandLine.getErr().flush();
            }
        } catch (Throwable failure) {
            return report(failure, console.err());
        }
    }

    /**
     * Prints a failure: bad input, and file-system problems of the user's side (no space, read-only,
     * permission denied, a file in the way: see {@link FileProblems}), as {@code rnnmem: message};
     * a run stopped on SIGTERM the same way; anything else with its stack trace.
     *
     * @param failure what went wrong (a Guice wrapper is looked through)
     * @param err where to print
     * @return {@value #BAD_INPUT} for bad input, {@value TerminationSignal#STATUS} for a run stopped
     *     on SIGTERM, 1 otherwise
     */
    static int report(Throwable failure, PrintStream err) {
        Throwable cause = unwrap(failure);
        if (cause instanceof BadInputException) {
            err.println(CommandTree.PROGRAM + ": " + cause.getMessage());
            return BAD_INPUT;
        }
        if (cause instanceof TrainingStoppedException) {
            err.println(CommandTree.PROGRAM + ": " + cause.getMessage());
            return TerminationSignal.STATUS;
        }
        Optional<String> fileProblem = FileProblems.describe(cause);
        if (fileProblem.isPresent()) {
            err.println(CommandTree.PROGRAM + ": " + fileProblem.get());
            return BAD_INPUT;
        }
        err.println(CommandTree.PROGRAM + ": unexpected failure, please report it with the lines below");
        cause.printStackTrace(err);
        return 1;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ProvisionException || current instanceof ConfigurationException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
