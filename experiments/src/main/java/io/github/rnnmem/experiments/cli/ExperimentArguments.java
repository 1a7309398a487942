package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ConfigOverride;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The arguments every experiment command shares, as a picocli mixin: the experiment file, {@code
 * --set path=value} overrides and the {@code --corpus PATH} shortcut.
 */
final class ExperimentArguments {

    @Parameters(index = "0", paramLabel = "FILE", description = "the experiment file (YAML)")
    private Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "replaces the setting at PATH by VALUE: PATH is a key of the file, with an index in brackets"
                    + " for a list (rnnmem describe --schema lists them), VALUE as the file would write it;"
                    + " repeatable (default: none)")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "replaces the corpus by a local file or folder of text: plain, WikiExtractor output, .gz,"
                    + " .zip or text8.zip (default: the file's corpus)")
    private Path corpus;

    /**
     * Loads the experiment the arguments name with every point of its grid.
     *
     * @param units the unit registry
     * @return the validated points; one when the file has no grid
     */
    ExperimentGrid loadGrid(UnitRegistry units) {
        return new ConfigLoader(units, Path.of("").toAbsolutePath()).loadGrid(file, overrides());
    }

    /**
     * The experiment file.
     *
     * @return the path as given
     */
    Path file() {
        return file;
    }

    /**
     * The command line's changes to the file, as arguments that give them again.
     *
     * @return {@code --set} and {@code --corpus} arguments, in order
     */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        overrides.forEach(value -> arguments.addAll(List.of("--set", value)));
        if (corpus != null) {
            arguments.addAll(List.of("--corpus", corpus.toString()));
        }
        return arguments;
    }

    private List<ConfigOverride> overrides() {
        List<ConfigOverride> all = new ArrayList<>();
        overrides.forEach(value -> all.add(ConfigOverride.set(value)));
        if (corpus != null) {
            all.add(ConfigOverride.corpus(corpus.toString()));
        }
        return all;
    }
}
