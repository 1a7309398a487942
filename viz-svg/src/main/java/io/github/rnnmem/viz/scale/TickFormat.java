package io.github.rnnmem.viz.scale;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How values are written on a linear axis and in tooltips. Every label uses {@link Locale#ROOT}:
 * a comma between thousands and a point before decimals ({@code 14,278}, {@code 2.5}).
 */
public enum TickFormat {
    /** Plain numbers: {@code 0}, {@code 2,000}, {@code 0.25}. */
    NUMBER {
        @Override
        public String label(double value, int decimals) {
            return fixed(value, decimals);
        }

        @Override
        public int decimals(TickStep step) {
            return step.decimals();
        }

        @Override
        public String precise(double value) {
            return significant(value);
        }
    },
    /** Fractions written as percentages: 0.25 is {@code 25%}, 0.675 is {@code 67.5%}. */
    PERCENT {
        @Override
        public String label(double value, int decimals) {
            return fixed(value * 100, decimals) + "%";
        }

        @Override
        public int decimals(TickStep step) {
            return Math.max(0, step.decimals() - 2);
        }

        @Override
        public String precise(double value) {
            return significant(value * 100) + "%";
        }
    };

    private static final int SIGNIFICANT_DIGITS = 4;

    /**
     * A tick label with a fixed number of decimals, so that all labels of an axis line up.
     *
     * @param value the value
     * @param decimals the number of decimals, from {@link #decimals(TickStep)}
     * @return the label, never {@code -0}
     */
    public abstract String label(double value, int decimals);

    /**
     * How many decimals labels need so that neighbouring ticks a step apart read differently.
     *
     * @param step the tick step
     * @return the number of decimals
     */
    public abstract int decimals(TickStep step);

    /**
     * A value for a tooltip: whole numbers from 1,000 up ({@code 14,278}), four significant digits
     * without trailing zeros below ({@code 2.117}, {@code 0.0625}), and {@code 3.2×10⁻⁷} for sizes
     * below 0.001.
     *
     * @param value a finite value
     * @return the text
     */
    public abstract String precise(double value);

    private static String fixed(double value, int decimals) {
        return String.format(
                Locale.ROOT, "%,." + decimals + "f", BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String significant(double value) {
        double size = Math.abs(value);
        if (size == 0 || size >= 1e3) {
            return fixed(value, 0);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS)).stripTrailingZeros();
        if (size >= 1e-3) {
            return fixed(rounded.doubleValue(), Math.max(0, rounded.scale()));
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.scaleByPowerOfTen(-exponent);
        return mantissa.toPlainString() + "×10" + Superscript.of(exponent);
    }
}
