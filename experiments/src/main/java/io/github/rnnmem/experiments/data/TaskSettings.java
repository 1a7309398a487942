package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.BadInputException;
import java.util.ArrayList;
import java.util.List;
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

    private static final int MAX_MAX_LENGTH = 100_000;
    private static final int MAX_VOCABULARY = 10_000_000;
    /** Guards the floor of {@code n * fraction} against rounding just below an integer. */
    private static final double FLOOR_TOLERANCE = 1e-9;

    /** Checks every setting; all problems are reported together. */
    public TaskSettings {
        List<String> problems = problems(maxLength, vocabulary, trainFraction, validFraction);
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join(System.lineSeparator(), problems));
        }
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
     * Every problem with a set of values, each naming its setting, the rule and the value found;
     * the constructor's check, offered to configuration readers that collect problems.
     *
     * @param maxLength {@code dataset.max_length}
     * @param vocabulary {@code dataset.vocabulary}
     * @param trainFraction {@code dataset.split[0]}
     * @param validFraction {@code dataset.split[1]}
     * @return the problems, empty when the values are valid
     */
    public static List<String> problems(int maxLength, int vocabulary, double trainFraction, double validFraction) {
        List<String> problems = new ArrayList<>();
        if (maxLength < 2 || maxLength > MAX_MAX_LENGTH) {
            problems.add(String.format(
                    Locale.ROOT, "dataset.max_length: expected an integer in [2, %d], got %d", MAX_MAX_LENGTH, maxLength));
        }
        if (vocabulary < 1 || vocabulary > MAX_VOCABULARY) {
            problems.add(String.format(
                    Locale.ROOT, "dataset.vocabulary: expected an integer in [1, %d], got %d", MAX_VOCABULARY, vocabulary));
        }
        if (!(trainFraction > 0 && trainFraction <= 1)) {
            problems.add("dataset.split[0]: expected a training share in (0, 1], got " + trainFraction);
        }
        if (!(validFraction >= 0 && validFraction < 1)) {
            problems.add("dataset.split[1]: expected a validation share in [0, 1), got " + validFraction);
        } else if (trainFraction + validFraction > 1 + FLOOR_TOLERANCE) {
            problems.add("dataset.split: training " + trainFraction + " plus validation " + validFraction
                    + " exceeds 1, leaving nothing for the test split");
        }
        return problems;
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
