package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.NearestNames;
import io.github.rnnmem.experiments.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional arguments, flags and valued options ({@code --name
 * value} or {@code --name=value}; valued options may repeat).
 */
public final class CommandLine {

    private final List<String> arguments;
    private final List<String> positional;
    private final Map<String, List<String>> options;

    private CommandLine(List<String> arguments, List<String> positional, Map<String, List<String>> options) {
        this.arguments = List.copyOf(arguments);
        this.positional = List.copyOf(positional);
        this.options = options;
    }

    /**
     * The arguments as given.
     *
     * @return every argument after the command name
     */
    public List<String> arguments() {
        return arguments;
    }

    /**
     * Parses arguments against the options a command knows.
     *
     * @param command the command name, for messages
     * @param arguments the arguments after the command name
     * @param flags options without a value
     * @param valued options that take a value
     * @return the parsed arguments
     * @throws BadInputException for an unknown option or a missing value
     */
    public static CommandLine parse(String command, List<String> arguments, Set<String> flags, Set<String> valued) {
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--") || argument.equals("--")) {
                positional.add(argument);
                continue;
            }
            int equals = argument.indexOf('=');
            String name = equals < 0 ? argument : argument.substring(0, equals);
            if (flags.contains(name) && equals < 0) {
                options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
            } else if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = argument.substring(equals + 1);
                } else if (i + 1 < arguments.size()) {
                    value = arguments.get(++i);
                } else {
                    throw new BadInputException("rnnmem " + command + ": option " + name + " needs a value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                List<String> known = new ArrayList<>(flags);
                known.addAll(valued);
                String hint = NearestNames.nearest(name, known).map(n -> "; did you mean " + n + "?").orElse("");
                throw new BadInputException("rnnmem " + command + ": unknown option " + name + hint
                        + (known.isEmpty() ? " (it takes no options)" : " (options: " + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
        return new CommandLine(arguments, positional, options);
    }

    /**
     * The positional arguments.
     *
     * @return the arguments that are not options
     */
    public List<String> positional() {
        return positional;
    }

    /**
     * Whether a flag was given.
     *
     * @param name the flag, such as {@code --force}
     * @return true when present
     */
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /**
     * The last value of a valued option.
     *
     * @param name the option, such as {@code --sample}
     * @return its value, or empty
     */
    public Optional<String> value(String name) {
        List<String> values = options.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /**
     * Every value of a repeatable option, in order.
     *
     * @param name the option, such as {@code --set}
     * @return the values, possibly empty
     */
    public List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    /**
     * Exactly one positional argument, or a message saying what was expected.
     *
     * @param command the command name
     * @param what what the argument is, such as {@code FILE}
     * @return the argument
     */
    public String single(String command, String what) {
        if (positional.size() != 1) {
            throw new BadInputException("rnnmem " + command + ": expected one " + what + ", got "
                    + (positional.isEmpty() ? "none" : positional.size() + ": " + String.join(" ", positional)));
        }
        return positional.get(0);
    }
}
