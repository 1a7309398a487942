package io.github.rnnmem.experiments.config;

import java.util.Objects;

/**
 * A change the command line makes to an experiment file before it is bound, so that the new values
 * are checked like any other. Problems are reported at the override, such as {@code --set
 * training.epochs}, instead of a file line.
 */
public sealed interface ConfigOverride permits ConfigOverride.SetValue, ConfigOverride.CorpusPath {

    /**
     * {@code --set path=value}.
     *
     * @param argument the argument, such as {@code training.epochs=1}, {@code units[0].hidden=32}
     *     or {@code dataset.split=[0.8,0.1,0.1]}
     * @return the override
     */
    static ConfigOverride set(String argument) {
        return new SetValue(argument);
    }

    /**
     * {@code --corpus PATH}.
     *
     * @param path a text file or directory, relative to the working directory unless absolute
     * @return the override
     */
    static ConfigOverride corpus(String path) {
        return new CorpusPath(path);
    }

    /**
     * Sets one value. The path is keys separated by dots, each optionally followed by {@code
     * [index]} to pick an existing list item; missing mapping keys are created. The value is read
     * as YAML: a scalar, or a flow list or mapping.
     *
     * @param argument {@code path=value}
     */
    record SetValue(String argument) implements ConfigOverride {

        /** Checks the argument is present; its form is checked when it is applied. */
        public SetValue {
            Objects.requireNonNull(argument, "argument");
        }
    }

    /**
     * Takes the corpus from a file or directory: sets {@code corpus.source} to {@code path} and
     * {@code corpus.path} to the given path, and drops {@code corpus.url}.
     *
     * @param path the file or directory, relative to the working directory unless absolute
     */
    record CorpusPath(String path) implements ConfigOverride {

        /** Checks the path is present; it is checked as a corpus path when bound. */
        public CorpusPath {
            Objects.requireNonNull(path, "path");
        }
    }
}
