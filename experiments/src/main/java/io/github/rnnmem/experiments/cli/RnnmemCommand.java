package io.github.rnnmem.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code rnnmem}: the top of the command tree, and the list of its commands.
 *
 * <p>Adding a command is one class and one line in {@code subcommands} below. The class is a
 * {@link Callable Callable&lt;Integer&gt;} returning the exit status, annotated with {@link Command}:
 * its {@code name}, a one-line {@code header} (the summary in the list of commands), a {@code
 * description} and a {@code footer} of examples, one per line, each starting with two spaces and
 * {@code rnnmem}. Its arguments are {@link picocli.CommandLine.Parameters} and {@link Option} fields,
 * each with a {@code paramLabel} and a {@code description} ending with {@code (default: ...)};
 * bounded numbers take a converter extending {@link IntegerInRange}, unit names {@code
 * completionCandidates = UnitNames.class}, files a {@link Path} field (completed as files). Shared
 * arguments are a {@link picocli.CommandLine.Mixin} such as {@link ExperimentArguments}. Guice makes
 * the command through its {@code @Inject} constructor; a {@link Spec} field gives the parsed tree.
 * Bad input is a {@link io.github.rnnmem.experiments.BadInputException}, or a {@link
 * picocli.CommandLine.ParameterException} for a usage error (then the message is followed by a
 * pointer to {@code --help}). {@link CommandTree} adds {@code --help}, {@code --version} and the
 * inherited {@value #PLUGIN_PATH}; the help and the completion script follow from the declarations,
 * and tests check that each declaration has its meaning, default and examples, and that the README's
 * table of commands has a row naming the command, its arguments and options.
 */
@Command(
        name = "rnnmem",
        description = {
            "Compares how recurrent units memorize: connectivity and accuracy given the known characters.",
            "Trains recurrent units (GRU, LSTM, Nested LSTM and any unit found in a plugin directory) on the"
                + " autocomplete task of 'Visualizing memorization in RNNs' and compares them.",
            "Every command answers --help; 'rnnmem help COMMAND' does the same."},
        subcommands = {
            RunCommand.class,
            SweepCommand.class,
            AnalyzeCommand.class,
            ServeCommand.class,
            DescribeCommand.class,
            DatasetCommand.class,
            ReportCommand.class,
            UnitsCommand.class,
            BenchCommand.class,
            HelpCommand.class,
            CompletionCommand.class,
        },
        footer = {
            "  rnnmem run experiments/quickstart.yaml",
            "  rnnmem --plugin-path my-units/ units",
            "  rnnmem help run"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:an unexpected failure, printed with its stack trace (a bug to report)",
            "2:input to fix (a usage error, a broken experiment file, corpus, cache or checkpoint), or a unit whose"
                + " loss became NaN",
            "143:a run stopped on SIGTERM, its checkpoint written at the end of the batch it trained: run it again to"
                + " resume"})
final class RnnmemCommand implements Callable<Integer> {

    /** The global option naming a directory of unit jars. */
    static final String PLUGIN_PATH = "--plugin-path";

    /**
     * Declares {@value #PLUGIN_PATH} for the parser, the help and the completion script; it is
     * inherited by every command so that it may also follow the command name. An inherited
     * repeatable option keeps one list per command level, so the directories are read from the
     * parse result by {@link #pluginDirectories(ParseResult)}, not from this field.
     */
    @Option(names = PLUGIN_PATH, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "adds a directory of unit jars; repeatable, before or after the command. The environment"
                    + " variable RNNMEM_PLUGIN_PATH (directories separated by ':') adds more (default: none)")
    private List<Path> pluginPath = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    /** Without a command: the usage, and the exit status for bad input. */
    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        commandLine.usage(commandLine.getOut(), commandLine.getColorScheme());
        return Main.BAD_INPUT;
    }

    /**
     * The plugin directories given at every level of a command line, in order.
     *
     * @param parsed the parse result of the whole command line
     * @return the directories given with {@value #PLUGIN_PATH}
     */
    static List<Path> pluginDirectories(ParseResult parsed) {
        List<Path> directories = new ArrayList<>();
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            OptionSpec option = level.matchedOption(PLUGIN_PATH);
            if (option != null) {
                option.stringValues().forEach(value -> directories.add(Path.of(value)));
            }
        }
        return directories;
    }
}
