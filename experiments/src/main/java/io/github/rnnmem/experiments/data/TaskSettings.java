package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import java.util.Locale;

/**
 * How the autocomplete task is cut from a corpus ({@code dataset:} in an experiment).
 *
 * @param maxLength the most characters of a sequence ({@code dataset.max_length}), in {@code [2,
 *     100000]}; the article uses 200
 * @param vocabulary how many most frequent words get their own output class ({@code
 *     dataset.vocabulary}), in {@code [1, 10000000]}; the article uses 16,384
 * @param trainFraction the share of sequences for training ({@code dataset.split[0]}), in {@code
 *     (0, 1]}
 * @param validFraction the share for validation ({@code dataset.split[1]}), in {@code [0, 1)};
 *     the test split gets the rest
 * @param seed the seed of the split permutation
 */
public record TaskSettings(int maxLength, int vocabulary, double trainFraction, double validFraction, long seed) {

    /** The article's sequence length. */
    public static final int DEFAULT_MAX_LENGTH = 200;
    /** The article's vocabulary, 2^14 words. */
    public static final int DEFAULT_VOCABULARY = 16_384;
    /** The article's training share. */
    public static final double DEFAULT_TRAIN_FRACTION = 0.90;
    /** The article's validation share. */
    public static final double DEFAULT_VALID_FRACTION = 0.05;

    /** Guards the floor of {@code n * fraction} against rounding just below an integer. */
    private static final double FLOOR_TOLERANCE = 1e-9;

    /**
     * Checks every setting by the rules of the {@code dataset} section of an experiment ({@link
     * DatasetConfig}), the one place they are written; all problems are reported together.
     */
    public TaskSettings {
        try {
            new DatasetConfig(maxLength, vocabulary, new DataSplit(trainFraction, validFraction,
                    1 - trainFraction - validFraction));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * The settings of an experiment's {@code dataset} section.
     *
     * @param dataset the section
     * @param seed the seed of the split permutation
     * @return the settings
     */
    public static TaskSettings of(DatasetConfig dataset, long seed) {
        return new TaskSettings(dataset.maxLength(), dataset.vocabulary(), dataset.split().train(),
                dataset.split().validation(), seed);
    }

    /**
     * The article's settings with a seed.
     *
     * @param seed the seed of the split permutation
     * @return the settings
     */
    public static TaskSettings defaults(long seed) {
        return new TaskSettings(
                DEFAULT_MAX_LENGTH, DEFAULT_VOCABULARY, DEFAULT_TRAIN_FRACTION, DEFAULT_VALID_FRACTION, seed);
    }

    /**
     * The test share: what training and validation leave.
     *
     * @return {@code 1 - trainFraction - validFraction}, at least 0
     */
    public double testFraction() {
        return Math.max(0, 1 - trainFraction - validFraction);
    }

    /**
     * How many of {@code n} sequences go to training: {@code floor(n * trainFraction)}.
     *
     * @param n the number of sequences
     * @return the training count
     */
    public int trainCount(int n) {
        return share(n, trainFraction, n);
    }

    /**
     * How many of {@code n} sequences go to validation: {@code floor(n * validFraction)}, at most
     * what training leaves.
     *
     * @param n the number of sequences
     * @return the validation count
     */
    public int validCount(int n) {
        return share(n, validFraction, n - trainCount(n));
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
                maxLength,
                vocabulary,
                Double.toString(trainFraction),
                Double.toString(validFraction),
                seed);
    }

    private static int share(int n, double fraction, int most) {
        return (int) Math.min(most, (long) Math.floor(n * fraction + FLOOR_TOLERANCE));
    }
}
