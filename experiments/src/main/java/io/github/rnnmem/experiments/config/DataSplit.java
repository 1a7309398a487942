package io.github.rnnmem.experiments.config;

import java.util.List;

/**
 * The fractions of sequences that go to training, validation and test; {@code dataset.split:
 * [train, validation, test]} in YAML. Each is in [0, 1], they sum to 1 (within {@value
 * #TOLERANCE}), and training and test are not empty.
 *
 * @param train the fraction used for training, > 0
 * @param validation the fraction used for validation
 * @param test the fraction used for testing, > 0
 */
public record DataSplit(double train, double validation, double test) {

    /** How far from 1 the sum of the fractions may be. */
    public static final double TOLERANCE = 1e-6;

    /** How valid splits are described to users. */
    static final String EXPECTED =
            "three numbers in [0, 1] (train, validation, test) summing to 1, with train > 0 and test > 0";

    /** Checks the fractions. */
    public DataSplit {
        if (!isValid(train, validation, test)) {
            throw new IllegalArgumentException(
                    "split: expected " + EXPECTED + ", got " + List.of(train, validation, test));
        }
    }

    /**
     * The article's split: 90% training, 5% validation, 5% test.
     *
     * @return the split
     */
    public static DataSplit article() {
        return new DataSplit(0.90, 0.05, 0.05);
    }

    /**
     * Whether three fractions make a valid split.
     *
     * @param train the training fraction
     * @param validation the validation fraction
     * @param test the test fraction
     * @return true when the fractions obey the rules of this record
     */
    static boolean isValid(double train, double validation, double test) {
        boolean inRange = inUnit(train) && inUnit(validation) && inUnit(test);
        return inRange && train > 0 && test > 0 && Math.abs(train + validation + test - 1) <= TOLERANCE;
    }

    /**
     * The fractions in order.
     *
     * @return {@code [train, validation, test]}
     */
    public List<Double> asList() {
        return List.of(train, validation, test);
    }

    private static boolean inUnit(double fraction) {
        return fraction >= 0 && fraction <= 1;
    }
}
