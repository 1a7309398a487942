package io.github.rnnmem.viz.analysis;

/**
 * Top-k accuracy at one number of known characters, with the number of test positions behind it
 * and its 95% Wilson score interval.
 *
 * @param known the number of characters of the word already seen, at least 0
 * @param accuracy the share of positions whose target word was among the top k suggestions, in [0,
 *     1]; NaN when no position had this many known characters
 * @param positions how many test positions the accuracy is measured on, at least 0; {@link
 *     #UNKNOWN} for published data that does not say
 * @param lower the lower end of the 95% interval, or NaN when there is none
 * @param upper the upper end of the 95% interval, or NaN when there is none
 */
public record AccuracyPoint(int known, double accuracy, long positions, double lower, double upper) {

    /** The number of positions of a published point, which the publication does not give. */
    public static final long UNKNOWN = -1;

    private static final double SLACK = 1e-9;

    /** Checks every field; see the parameter descriptions. */
    public AccuracyPoint {
        String where = "accuracy at " + known + " known characters";
        if (known < 0) {
            throw new IllegalArgumentException("accuracy point: known characters: expected at least 0, got " + known);
        }
        if (positions < UNKNOWN) {
            throw new IllegalArgumentException(where + ": positions: expected at least 0 (or -1 for unknown), got "
                    + positions);
        }
        if (!Double.isNaN(accuracy) && !(accuracy >= 0 && accuracy <= 1)) {
            throw new IllegalArgumentException(where + ": expected an accuracy in [0, 1] or NaN, got " + accuracy);
        }
        if (positions == 0 && !Double.isNaN(accuracy)) {
            throw new IllegalArgumentException(where + ": expected NaN accuracy for 0 positions, got " + accuracy);
        }
        if (Double.isNaN(lower) != Double.isNaN(upper)) {
            throw new IllegalArgumentException(where + ": expected both interval ends or neither, got [" + lower + ", "
                    + upper + "]");
        }
        if (!Double.isNaN(lower) && !(lower >= 0 && upper <= 1 && lower <= accuracy + SLACK
                && accuracy <= upper + SLACK)) {
            throw new IllegalArgumentException(where + ": expected 0 <= lower <= accuracy <= upper <= 1, got " + lower
                    + " <= " + accuracy + " <= " + upper);
        }
    }

    /**
     * A published point: an accuracy without positions or interval.
     *
     * @param known the number of known characters
     * @param accuracy the accuracy
     * @return the point
     */
    public static AccuracyPoint published(int known, double accuracy) {
        return new AccuracyPoint(known, accuracy, UNKNOWN, Double.NaN, Double.NaN);
    }

    /**
     * Whether the point has an interval to draw.
     *
     * @return true when both ends are numbers
     */
    public boolean hasInterval() {
        return !Double.isNaN(lower);
    }
}
