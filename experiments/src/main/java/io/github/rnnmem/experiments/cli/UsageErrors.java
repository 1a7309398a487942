package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.NearestNames;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a command line that cannot be parsed: one line {@code rnnmem: COMMAND: problem} on
 * standard error (unknown names come with the nearest known one), a line pointing to the
 * command's {@code --help}, and exit status {@value Main#BAD_INPUT}.
 *
 * <p>A converter reports a bad value by throwing a {@link TypeConversionException} whose message
 * continues the option's name: {@code expects a number of runs in [1, 1000], got "x"}.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    /** How picocli's message begins when an option is given without its value. */
    private static final String MISSING_VALUE = "Missing required parameter for option";

    @Override
    public int handleParseException(ParameterException problem, String[] arguments) {
        CommandLine command = problem.getCommandLine();
        CommandSpec spec = command.getCommandSpec();
        PrintWriter err = command.getErr();
        command.getOut().flush();
        err.println(CommandTree.PROGRAM + ": " + (spec.parent() == null ? "" : spec.name() + ": ") + describe(problem));
        err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
        err.flush();
        return Main.BAD_INPUT;
    }

    /**
     * The message for a command name that names no command.
     *
     * @param given the name given
     * @param known the commands
     * @return {@code unknown command "x"; did you mean y? (commands: ...)}
     */
    static String unknownCommand(String given, Collection<String> known) {
        return "unknown command \"" + given + "\"" + suggestion(given, known) + " (commands: " + String.join(", ", known) + ")";
    }

    private static String describe(ParameterException problem) {
        CommandSpec spec = problem.getCommandLine().getCommandSpec();
        if (problem instanceof UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return unknownOption(first, spec);
            }
            if (!spec.subcommands().isEmpty()) {
                return unknownCommand(first, spec.subcommands().keySet());
            }
            return "unexpected argument \"" + first + "\"" + (spec.positionalParameters().isEmpty() ? " (it takes none)" : "");
        }
        if (problem instanceof MissingParameterException missing) {
            return missing(missing);
        }
        if (problem.getCause() instanceof TypeConversionException conversion && problem.getArgSpec() != null) {
            return name(problem.getArgSpec()) + " " + conversion.getMessage();
        }
        return plain(problem.getMessage());
    }

    /** Picocli's own message, in the style of the others: {@code Error: Missing ...} as {@code missing ...}. */
    private static String plain(String message) {
        String text = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String unknownOption(String argument, CommandSpec spec) {
        int equals = argument.indexOf('=');
        String name = equals < 0 ? argument : argument.substring(0, equals);
        List<String> known = spec.options().stream().map(OptionSpec::longestName).distinct().sorted().toList();
        return "unknown option " + name + suggestion(name, known) + " (options: " + String.join(", ", known) + ")";
    }

    private static String missing(MissingParameterException missing) {
        List<ArgSpec> absent = missing.getMissing();
        if (missing.getMessage().startsWith(MISSING_VALUE) && absent.size() == 1) {
            return "option " + name(absent.get(0)) + " needs a value " + absent.get(0).paramLabel();
        }
        if (absent.size() == 1 && !absent.get(0).isOption() && absent.get(0).group() == null) {
            return "missing " + absent.get(0).paramLabel();
        }
        return plain(missing.getMessage());
    }

    private static String name(ArgSpec argument) {
        return argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
    }

    private static String suggestion(String given, Collection<String> known) {
        return NearestNames.nearest(given, known).map(name -> "; did you mean " + name + "?").orElse("");
    }
}
