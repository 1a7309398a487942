package io.github.rnnmem.experiments.analysis.knownchars;

/**
 * A share of hits with its 95% Wilson interval ({@link WilsonInterval}), as result files write
 * an accuracy: {@code {"value": ..., "lower": ..., "upper": ...}}.
 *
 * @param value {@code hits / trials}
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 */
public record Accuracy(double value, double lower, double upper) {

    /**
     * The accuracy of {@code hits} in {@code trials}.
     *
     * @param hits the hits
     * @param trials the trials, positive
     * @return the accuracy and its interval
     */
    public static Accuracy of(long hits, long trials) {
        WilsonInterval interval = WilsonInterval.of95(hits, trials);
        return new Accuracy((double) hits / trials, interval.lower(), interval.upper());
    }
}
