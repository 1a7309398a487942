package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.config.ConfigSchema;
import io.github.rnnmem.experiments.config.DatasetConfig;
import java.util.Locale;
import java.util.Objects;

/**
 * How the autocomplete task is cut from a corpus: an experiment's {@code dataset} section and the
 * seed of the split permutation.
 *
 * @param dataset the sequence length, vocabulary and split fractions, checked by their own
 *     declarations
 * @param seed the seed of the split permutation
 */
public record TaskSettings(DatasetConfig dataset, long seed) {

    /** Guards the floor of {@code n * fraction} against rounding just below an integer. */
    private static final double FLOOR_TOLERANCE = 1e-9;

    /** Checks the dataset settings are present. */
    public TaskSettings {
        Objects.requireNonNull(dataset, "dataset");
    }

    /**
     * The article's settings with a seed.
     *
     * @param seed the seed of the split permutation
     * @return the settings
     */
    public static TaskSettings defaults(long seed) {
        return new TaskSettings(ConfigSchema.defaults(DatasetConfig.class), seed);
    }

    /**
     * How many of {@code n} sequences go to training: {@code floor(n * train)}.
     *
     * @param n the number of sequences
     * @return the training count
     */
    public int trainCount(int n) {
        return share(n, dataset.split().train(), n);
    }

    /**
     * How many of {@code n} sequences go to validation: {@code floor(n * validation)}, at most
     * what training leaves.
     *
     * @param n the number of sequences
     * @return the validation count
     */
    public int validCount(int n) {
        return share(n, dataset.split().validation(), n - trainCount(n));
    }

    /**
     * The settings as text for a cache key: equal settings give equal text.
     *
     * @return the text
     */
    public String key() {
        return String.format(
                Locale.ROOT,
                "max_length=%d vocabulary=%d split=%s/%s seed=%d",
                dataset.maxLength(),
                dataset.vocabulary(),
                Double.toString(dataset.split().train()),
                Double.toString(dataset.split().validation()),
                seed);
    }

    private static int share(int n, double fraction, int most) {
        return (int) Math.min(most, (long) Math.floor(n * fraction + FLOOR_TOLERANCE));
    }
}
