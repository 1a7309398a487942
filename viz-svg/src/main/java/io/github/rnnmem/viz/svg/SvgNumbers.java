package io.github.rnnmem.viz.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes numbers for SVG attributes: plain decimal notation, at most two decimals, no trailing zeros. */
final class SvgNumbers {

    private static final int DECIMALS = 2;

    private SvgNumbers() {}

    /**
     * Formats a number, rounding half up to two decimals: {@code 12.0 -> "12"}, {@code 0.125 ->
     * "0.13"}, {@code 1e6 -> "1000000"}, {@code -0.001 -> "0"}.
     *
     * @param value a finite number
     * @return the text
     */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("SVG number: expected a finite number, got " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
