package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every command and the top level answer {@code --help} (usage, every option with its meaning and
 * default, examples) and {@code --version}; {@code rnnmem help COMMAND} says the same.
 */
class HelpTest {

    private static final Pattern COMMAND_LINE = Pattern.compile("^  ([a-z]+) {2,}\\S", Pattern.MULTILINE);

    /** The commands, as {@code rnnmem --help} lists them. */
    static List<String> commands() {
        CommandResult help = InProcess.run("--help");
        String list = help.out().substring(help.out().indexOf("\nCommands:\n"), help.out().indexOf("\nExit status:\n"));
        List<String> names = new ArrayList<>();
        Matcher matcher = COMMAND_LINE.matcher(list);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void theTopLevelListsEveryCommandAndTheExitStatuses() {
        CommandResult help = InProcess.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: rnnmem [-hV] [--plugin-path=DIR]... [COMMAND]")
                .contains("RNNMEM_PLUGIN_PATH")
                .contains("Exit status:\n  0     success").contains("\n  143   a run stopped on SIGTERM")
                .contains("Examples:\n  rnnmem run experiments/quickstart.yaml");
        assertThat(commands()).containsExactly("run", "sweep", "analyze", "serve", "describe", "dataset", "report", "units", "bench", "help", "completion");
        assertThat(InProcess.run("-h").out()).isEqualTo(help.out());
        assertThat(InProcess.run("help").out()).isEqualTo(help.out());
    }

    @Test
    void withoutACommandTheUsageIsPrintedAndTheStatusIsBadInput() {
        CommandResult bare = InProcess.run();
        assertThat(bare.status()).isEqualTo(2);
        assertThat(bare.out()).isEqualTo(InProcess.run("--help").out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelpWithItsOptionsAndExamples(String command) {
        CommandResult help = InProcess.run(command, "--help");
        assertThat(help.status()).as(help.err()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: rnnmem " + command + " [-hV]")
                .contains("\nOptions:\n")
                .contains("  -h, --help ")
                .contains("--plugin-path=DIR")
                .containsPattern("\nExamples:\n(  .*rnnmem .*\n)+$");
        assertThat(InProcess.run(command, "-h").out()).isEqualTo(help.out());
        assertThat(InProcess.run("help", command).out()).isEqualTo(help.out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersVersion(String command) {
        CommandResult version = InProcess.run(command, "--version");
        assertThat(version.status()).as(version.err()).isZero();
        assertThat(version.out().lines()).hasSize(3);
        assertThat(version.out())
                .containsPattern("^rnnmem \\d+\\.\\d+\\.\\d+")
                .containsPattern("\nDJL \\d+\\.\\d+\\.\\d+, engines found: .*MXNet.*PyTorch")
                .contains("\nJava " + System.getProperty("java.version") + " ");
        assertThat(InProcess.run("-V").out()).isEqualTo(version.out());
    }

    /** What the help prints comes from these declarations, so they must say everything. */
    @Test
    void everyDeclarationCarriesItsMeaningDefaultAndExamples() {
        CommandLine root = CommandLineModel.build();
        List<CommandSpec> specs = new ArrayList<>(List.of(root.getCommandSpec()));
        root.getSubcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
        for (CommandSpec spec : specs) {
            assertThat(spec.usageMessage().description()).as(spec.qualifiedName()).isNotEmpty();
            assertThat(spec.usageMessage().footer()).as(spec.qualifiedName() + " examples").isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("  ").contains("rnnmem ").hasSizeLessThan(79));
            if (spec.parent() != null) {
                assertThat(spec.usageMessage().header()).as(spec.qualifiedName() + " summary").hasSize(1);
            }
            for (OptionSpec option : spec.options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                assertThat(String.join(" ", option.description())).as(spec.qualifiedName() + " " + option.longestName())
                        .containsPattern("\\(default: [^)]+\\)$");
            }
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                assertThat(parameter.description()).as(spec.qualifiedName() + " " + parameter.paramLabel()).isNotEmpty();
            }
        }
    }

    @Test
    void defaultsAreShownAsDeclared() {
        assertThat(InProcess.run("bench", "--help").out()).containsPattern("--repeat=N +timed rounds per measurement.*\n.*\\(default: 7;");
        assertThat(InProcess.run("bench", "--help").out()).contains("measures on this engine only: mxnet, pytorch");
        assertThat(InProcess.run("dataset", "--help").out()).contains("(default: 0)");
    }
}
