package io.github.rnnmem.experiments.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An experiment small enough to train in seconds: a {@link SyntheticCorpus} in {@code corpus.txt},
 * the experiment file {@code tiny.yaml} beside it and the run directory {@code run/}, all in one
 * directory. The output is written as an absolute path, so runs never depend on the working
 * directory.
 *
 * <p>Models have an embedding of 8; sequences are at most 40 characters; 16 of the corpus's 22
 * words are predicted, so some targets are {@code <unknown>}. Each unit trains {@value #STEPS}
 * steps of 8 sequences, is validated every {@value #VALIDATE_EVERY} steps and checkpointed every
 * {@value #CHECKPOINT_EVERY}.
 *
 * @param file the experiment file
 * @param corpus the corpus file
 * @param output the run directory
 */
public record TinyExperiment(Path file, Path corpus, Path output) {

    /** Training steps per unit. */
    public static final int STEPS = 12;

    /** Steps between validations. */
    public static final int VALIDATE_EVERY = 5;

    /** Steps between checkpoints. */
    public static final int CHECKPOINT_EVERY = 4;

    /**
     * Writes the corpus and the experiment file.
     *
     * @param directory where the files go
     * @param units the units, each a YAML flow mapping such as {@code {unit: gru, hidden: 16}}
     * @return the experiment
     */
    public static TinyExperiment write(Path directory, String... units) {
        TinyExperiment experiment = new TinyExperiment(
                directory.resolve("tiny.yaml"), directory.resolve("corpus.txt"), directory.resolve("run").toAbsolutePath());
        SyntheticCorpus.write(experiment.corpus, 600, 1);
        String yaml = """
                name: tiny
                seed: 5
                corpus: {source: path, path: corpus.txt}
                dataset: {max_length: 40, vocabulary: 16, split: [0.8, 0.1, 0.1]}
                model: {embedding: 8}
                units:
                %s
                training:
                  batch_size: 8
                  max_steps: %d
                  validate_every: %d
                  validation_sequences: 16
                  checkpoint_every: %d
                analysis:
                  connectivity: {text: " north the people see snow"}
                  memory_profile: {sequences: 8, max_distance: 40}
                output: "%s"
                """.formatted(
                        Arrays.stream(units).map(unit -> "  - " + unit).collect(Collectors.joining("\n")),
                        STEPS, VALIDATE_EVERY, CHECKPOINT_EVERY, experiment.output);
        try {
            Files.writeString(experiment.file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return experiment;
    }

    /**
     * Trains the experiment's units over a grid with two seeds: the file gets {@code seeds: [1, 2]}
     * and {@code grid: {units[0].hidden: [8, 16]}}, four tasks in {@code run/gru/hidden=<h>/seed-<s>/}
     * when the first unit is a GRU.
     *
     * @return this experiment, its file rewritten
     */
    public TinyExperiment withGridOfTwoWidthsAndTwoSeeds() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, text.replace("units:\n", "seeds: [1, 2]\nunits:\n") + GRID, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The grid of {@link #withGridOfTwoWidthsAndTwoSeeds()}, as the file ends with it. */
    public static final String GRID = "grid:\n  units[0].hidden: [8, 16]\n";

    /**
     * The directory of one unit in the run directory.
     *
     * @param label the unit's label
     * @return {@code run/<label>}
     */
    public Path unit(String label) {
        return output.resolve(label);
    }
}
