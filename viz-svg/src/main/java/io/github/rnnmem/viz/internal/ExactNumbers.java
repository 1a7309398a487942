package io.github.rnnmem.viz.internal;

/**
 * Writes numbers so that reading them back gives the same double: figures carry their data in
 * attributes (such as {@code data-points}) written this way, so a reader or a test can take the
 * numbers from the file rather than from pixel positions.
 */
public final class ExactNumbers {

    private ExactNumbers() {}

    /**
     * The shortest text that parses back to the value: whole numbers below 10^15 without a decimal
     * point ({@code 21}), others as {@link Double#toString(double)} ({@code 0.16498248}, {@code
     * 1.0E-5}), and {@code NaN} for NaN. Independent of the default locale.
     *
     * @param value a finite number or NaN
     * @return the text
     */
    public static String format(double value) {
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("exact number: expected a finite number or NaN, got " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
