package io.github.rnnmem.experiments.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rnnmem help [COMMAND]}: the same help as {@code rnnmem COMMAND --help}. */
@Command(
        name = "help",
        helpCommand = true,
        header = "print the help of a command, as COMMAND --help does",
        description = "Prints the usage of a command: its arguments, every option with its meaning and default,"
                + " and examples. Without a command, the usage of rnnmem and the list of its commands.",
        footer = {"  rnnmem help run", "  rnnmem help"})
final class HelpCommand implements Callable<Integer> {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", completionCandidates = CommandNames.class,
            description = "the command to explain (default: rnnmem itself)")
    private String command;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine parent = spec.parent().commandLine();
        CommandLine explained = command == null ? parent : parent.getSubcommands().get(command);
        if (explained == null) {
            throw new ParameterException(spec.commandLine(),
                    UsageErrors.unknownCommand(command, parent.getSubcommands().keySet()));
        }
        CommandLine self = spec.commandLine();
        explained.usage(self.getOut(), self.getColorScheme());
        return 0;
    }

    /**
     * The names of rnnmem's commands, read from the declarations, for the completion script (a
     * completion candidate is made before the command tree exists).
     */
    static final class CommandNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RnnmemCommand.class.getAnnotation(Command.class).subcommands())
                    .map(type -> type.getAnnotation(Command.class).name())
                    .iterator();
        }
    }
}
