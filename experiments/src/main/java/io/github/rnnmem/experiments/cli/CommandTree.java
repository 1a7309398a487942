package io.github.rnnmem.experiments.cli;

import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING;

import com.google.inject.Injector;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.PluginDirectories;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the parser of the {@code rnnmem} command line from the commands' declarations, with the
 * conventions every command shares: {@code --help} and {@code --version}, a footer of examples,
 * usage errors answered by {@link UsageErrors}, failures by {@link Main#report}, and the plugin
 * directories handed to the wiring before a command runs.
 */
final class CommandTree {

    /** The name the help and the completion script give the program. */
    static final String PROGRAM = "rnnmem";

    /**
     * The sections of a command's help, in order: the header, a command's one-line summary, only
     * appears in its parent's list of commands (the description says it at length).
     */
    private static final List<String> HELP_SECTIONS = List.of(
            SECTION_KEY_SYNOPSIS_HEADING, SECTION_KEY_SYNOPSIS,
            SECTION_KEY_DESCRIPTION_HEADING, SECTION_KEY_DESCRIPTION,
            SECTION_KEY_PARAMETER_LIST_HEADING, SECTION_KEY_PARAMETER_LIST,
            SECTION_KEY_OPTION_LIST_HEADING, SECTION_KEY_OPTION_LIST,
            SECTION_KEY_COMMAND_LIST_HEADING, SECTION_KEY_COMMAND_LIST,
            SECTION_KEY_EXIT_CODE_LIST_HEADING, SECTION_KEY_EXIT_CODE_LIST,
            SECTION_KEY_FOOTER_HEADING, SECTION_KEY_FOOTER);

    private CommandTree() {}

    /**
     * The command tree, its commands made by the injector.
     *
     * @param injector the injector of {@link io.github.rnnmem.experiments.wiring.CommandLineModule}
     * @param console where commands, help and errors print
     * @return the parser, ready to {@link CommandLine#execute execute}
     */
    static CommandLine build(Injector injector, Console console) {
        CommandLine root = new CommandLine(RnnmemCommand.class, new GuiceFactory(injector));
        applyConventions(root);
        PluginDirectories pluginDirectories = injector.getInstance(PluginDirectories.class);
        return root
                .setOut(writer(console.out()))
                .setErr(writer(console.err()))
                // An argument that starts with @ is a file name, not a file of arguments.
                .setExpandAtFiles(false)
                // An option given twice keeps its last value, as the command line always did.
                .setOverwrittenOptionsAllowed(true)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler((failure, command, parsed) -> {
                    command.getOut().flush();
                    command.getErr().flush();
                    return Main.report(failure, console.err());
                })
                .setExecutionStrategy(parsed -> {
                    pluginDirectories.set(RnnmemCommand.pluginDirectories(parsed));
                    return new CommandLine.RunLast().execute(parsed);
                });
    }

    private static void applyConventions(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.addMixin("standard", CommandSpec.forAnnotatedObject(new StandardOptions()));
        spec.versionProvider(new VersionInfo());
        spec.usageMessage()
                .sectionKeys(HELP_SECTIONS)
                .descriptionHeading("%n")
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n")
                .footerHeading("%nExamples:%n");
        command.getSubcommands().values().forEach(CommandTree::applyConventions);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, Charset.defaultCharset()), true);
    }
}
