package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command line that cannot be parsed exits with 2 after two lines on standard error: the command
 * and the problem (unknown names with the nearest known one), then where to read more.
 */
class UsageErrorsTest {

    private static final Pattern COMMAND = Pattern.compile("^rnnmem: ([a-z]+): ");

    /** The command line is refused with this line, then the pointer to the help of the command it names. */
    private static void refused(String expected, String... arguments) {
        CommandResult result = InProcess.run(arguments);
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        Matcher command = COMMAND.matcher(expected);
        String help = command.find() ? "rnnmem " + command.group(1) + " --help" : "rnnmem --help";
        assertThat(result.err()).isEqualTo(expected + "\nTry '" + help + "' for more information.\n");
    }

    @Test
    void anUnknownCommandIsNamedWithTheNearestOne() {
        refused("rnnmem: unknown command \"unitz\"; did you mean units? (commands: run, sweep, analyze, serve, describe, dataset, report,"
                + " units, bench, help, completion)", "unitz");
        refused("rnnmem: help: unknown command \"reprot\"; did you mean report? (commands: run, sweep, analyze, serve, describe, dataset,"
                + " report, units, bench, help, completion)", "help", "reprot");
    }

    @Test
    void anUnknownOptionIsNamedWithTheNearestOne() {
        refused("rnnmem: run: unknown option --forse; did you mean --force? (options: --corpus, --force, --help,"
                + " --plugin-path, --prepare, --set, --shard, --version)", "run", "--forse", "x.yaml");
        refused("rnnmem: run: unknown option --sett; did you mean --set? (options: --corpus, --force, --help,"
                + " --plugin-path, --prepare, --set, --shard, --version)", "run", "x.yaml", "--sett=a=1");
        refused("rnnmem: unknown option --plugin-paths; did you mean --plugin-path? (options: --help, --plugin-path,"
                + " --version)", "--plugin-paths", "x", "units");
    }

    @Test
    void missingAndSurplusArgumentsAreNamed() {
        refused("rnnmem: run: missing FILE", "run");
        refused("rnnmem: run: unexpected argument \"b.yaml\"", "run", "a.yaml", "b.yaml");
        refused("rnnmem: units: unexpected argument \"gru\" (it takes none)", "units", "gru");
        refused("rnnmem: dataset: option --sample needs a value N", "dataset", "x.yaml", "--sample");
        refused("rnnmem: describe: missing required argument (specify one of these): (--schema | (FILE"
                + " [--set=PATH=VALUE]... [--corpus=PATH]))", "describe");
    }

    @Test
    void badValuesSayWhatWasExpected(@TempDir Path directory) {
        refused("rnnmem: bench: --repeat expects a number of runs in [1, 1000], got \"0\"", "bench", "--repeat", "0");
        refused("rnnmem: bench: --repeat expects a number of runs in [1, 1000], got \"many\"", "bench", "--repeat=many");
        refused("rnnmem: bench: --engine expects mxnet or pytorch, got \"tensorflow\"", "bench", "--engine", "tensorflow");
        refused("rnnmem: bench: --dataset " + directory.resolve("none") + " does not exist", "bench", "--dataset",
                directory.resolve("none").toString());
        refused("rnnmem: dataset: --sample expects a number of sequences >= 0, got \"-1\"", "dataset", "x.yaml",
                "--sample", "-1");
        refused("rnnmem: completion: SHELL expects bash or zsh, got \"fish\"", "completion", "fish");
    }

    @Test
    void pluginDirectoriesAreTakenBeforeAndAfterTheCommandAndFromTheEnvironment(@TempDir Path directory)
            throws IOException {
        Path present = Files.createDirectory(directory.resolve("present"));
        Path absent = directory.resolve("absent");
        assertThat(InProcess.run("--plugin-path", present.toString(), "units", "--plugin-path=" + present).status()).isZero();
        String missing = "warning: plugin not loaded: plugin directory " + absent + ": does not exist\n"
                + "rnnmem: 1 plugin not loaded (see the warnings)\n";
        assertThat(InProcess.run("--plugin-path", present.toString(), "units", "--plugin-path", absent.toString()).err())
                .isEqualTo(missing);
        assertThat(InProcess.run("--plugin-path", absent.toString(), "units", "--plugin-path", present.toString()).err())
                .isEqualTo(missing);
        CommandResult fromEnvironment = InProcess.runWith(Map.of("RNNMEM_PLUGIN_PATH", absent.toString()), "units");
        assertThat(fromEnvironment.status()).isEqualTo(2);
        assertThat(fromEnvironment.err()).isEqualTo(missing);
    }
}
