package io.github.rnnmem.experiments.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.wiring.CommandLineModule;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code rnnmem} command line.
 *
 * <p>Exit status: 0 on success, 2 for bad input (the message alone is printed, no stack trace),
 * 1 for an unexpected failure (printed with its stack trace, as a bug to report).
 */
public final class Main {

    /** Exit status for input the user must fix. */
    public static final int BAD_INPUT = 2;

    private static final String PLUGIN_PATH = "--plugin-path";

    private static final List<Class<? extends Command>> COMMANDS =
            List.of(RunCommand.class, DescribeCommand.class, DatasetCommand.class, ReportCommand.class, UnitsCommand.class,
                    BenchCommand.class);

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
            List<String> arguments = new ArrayList<>(List.of(args));
            List<Path> pluginDirectories = takePluginPath(arguments);
            Injector injector = Guice.createInjector(new CommandLineModule(console, environment, pluginDirectories));
            Map<String, Command> commands = new LinkedHashMap<>();
            for (Class<? extends Command> type : COMMANDS) {
                Command command = injector.getInstance(type);
                commands.put(command.name(), command);
            }
            if (arguments.isEmpty() || Set.of("-h", "--help", "help").contains(arguments.get(0))) {
                usage(console.out(), commands);
                return arguments.isEmpty() ? BAD_INPUT : 0;
            }
            Command command = commands.get(arguments.get(0));
            if (command == null) {
                String hint = io.github.rnnmem.api.NearestNames.nearest(arguments.get(0), commands.keySet())
                        .map(n -> "; did you mean " + n + "?")
                        .orElse("");
                throw new BadInputException("unknown command \"" + arguments.get(0) + "\"" + hint
                        + " (commands: " + String.join(", ", commands.keySet()) + ")");
            }
            List<String> rest = arguments.subList(1, arguments.size());
            return command.run(CommandLine.parse(command.name(), rest, command.flags(), command.options()));
        } catch (Throwable failure) {
            return report(unwrap(failure), console.err());
        }
    }

    private static List<Path> takePluginPath(List<String> arguments) {
        List<Path> directories = new ArrayList<>();
        for (int i = 0; i < arguments.size(); ) {
            String argument = arguments.get(i);
            if (argument.equals(PLUGIN_PATH)) {
                if (i + 1 >= arguments.size()) {
                    throw new BadInputException(PLUGIN_PATH + " needs a directory");
                }
                directories.add(Path.of(arguments.get(i + 1)));
                arguments.subList(i, i + 2).clear();
            } else if (argument.startsWith(PLUGIN_PATH + "=")) {
                directories.add(Path.of(argument.substring(PLUGIN_PATH.length() + 1)));
                arguments.remove(i);
            } else {
                i++;
            }
        }
        return directories;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ProvisionException || current instanceof ConfigurationException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static int report(Throwable failure, PrintStream err) {
        if (failure instanceof BadInputException) {
            err.println("rnnmem: " + failure.getMessage());
            return BAD_INPUT;
        }
        err.println("rnnmem: unexpected failure, please report it with the lines below");
        failure.printStackTrace(err);
        return 1;
    }

    private static void usage(PrintStream out, Map<String, Command> commands) {
        out.println("usage: rnnmem [--plugin-path DIR]... COMMAND [ARGS]");
        out.println();
        out.println("Compares how recurrent units memorize: connectivity and accuracy given known characters.");
        out.println();
        out.println("commands:");
        int width = commands.values().stream().mapToInt(c -> (c.name() + " " + c.synopsis()).strip().length()).max().orElse(0);
        for (Command command : commands.values()) {
            String head = (command.name() + " " + command.synopsis()).strip();
            out.println("  " + head + " ".repeat(width - head.length() + 2) + command.summary());
        }
        out.println();
        out.println("Plugin directories also come from RNNMEM_PLUGIN_PATH (separated by ':').");
    }
}
