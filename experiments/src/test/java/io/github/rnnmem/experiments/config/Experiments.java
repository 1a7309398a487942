package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.ConfigProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes experiment files into a test's directory and loads them against {@link FakeUnits}. */
final class Experiments {

    /** The smallest valid experiment: a name, a corpus and one unit. */
    static final String MINIMAL = """
            name: tiny
            corpus:
              source: text8
            units:
              - unit: gru
                hidden: 8
            """;

    private final Path directory;

    /**
     * Uses a directory for files and as the working directory.
     *
     * @param directory the test's temporary directory
     */
    Experiments(Path directory) {
        this.directory = directory;
    }

    /**
     * Writes a file.
     *
     * @param name the file name
     * @param text its content
     * @return the file
     */
    Path write(String name, String text) {
        try {
            return Files.writeString(directory.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code exp.yaml} and loads it.
     *
     * @param text the YAML text
     * @param overrides command-line overrides
     * @return the experiment
     */
    ExperimentConfig load(String text, ConfigOverride... overrides) {
        write("exp.yaml", text);
        return loader().load(Path.of("exp.yaml"), List.of(overrides));
    }

    /**
     * A loader whose working directory is the test's directory.
     *
     * @return the loader
     */
    ConfigLoader loader() {
        return new ConfigLoader(FakeUnits.registry(), directory);
    }

    /**
     * Writes {@code exp.yaml}, loads it and returns the problems it must have.
     *
     * @param text the YAML text
     * @param overrides command-line overrides
     * @return the problem messages, in the order reported
     */
    List<String> problems(String text, ConfigOverride... overrides) {
        try {
            load(text, overrides);
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::message).toList();
        }
        throw new AssertionError("expected configuration problems in:\n" + text);
    }
}
