package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.experiments.wiring.Console;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs the command line inside the test's JVM, as {@link Main#main} does but without exiting, and
 * captures what it prints. Progress bars still go to the process's standard output.
 */
final class InProcess {

    private InProcess() {}

    static CommandResult run(String... arguments) {
        return runWith(Map.of(), arguments);
    }

    /** Runs the command line with these environment variables. */
    static CommandResult runWith(Map<String, String> environment, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(arguments, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), environment);
        return new CommandResult(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
