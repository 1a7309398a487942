package io.github.rnnmem.viz.analysis;

/**
 * Accuracy at one distance bucket of planted cues, with its 95% interval.
 *
 * @param distance where the bucket is drawn: the mean distance of its pairs, in characters, at
 *     least 0
 * @param accuracy the share of pairs whose answer the model ranked first, in [0, 1]
 * @param lower the lower end of the 95% interval
 * @param upper the upper end of the 95% interval
 */
public record SpanPoint(double distance, double accuracy, double lower, double upper) {

    private static final double SLACK = 1e-9;

    /** Checks every field; see the parameter descriptions. */
    public SpanPoint {
        if (!(Double.isFinite(distance) && distance >= 0)) {
            throw new IllegalArgumentException("span point: distance: expected a finite number >= 0, got " + distance);
        }
        if (!(lower >= 0 && upper <= 1 && lower <= accuracy + SLACK && accuracy <= upper + SLACK)) {
            throw new IllegalArgumentException("span point at distance " + distance + ": expected 0 <= lower <= accuracy"
                    + " <= upper <= 1, got " + lower + " <= " + accuracy + " <= " + upper);
        }
    }
}
