package io.github.rnnmem.viz.scale;

import java.math.BigDecimal;

/**
 * A "nice" distance between ticks: {@code mantissa x 10^exponent} with mantissa 1, 2 or 5, such as
 * 0.2, 5 or 2,000. Multiples are computed in decimal, so tick values carry no binary noise (0.3,
 * never 0.30000000000000004).
 *
 * @param mantissa 1, 2 or 5
 * @param exponent the power of ten
 */
public record TickStep(int mantissa, int exponent) {

    private static final int[] MANTISSAS = {1, 2, 5};

    /** Checks the mantissa. */
    public TickStep {
        if (mantissa != 1 && mantissa != 2 && mantissa != 5) {
            throw new IllegalArgumentException("tick step mantissa: expected 1, 2 or 5, got " + mantissa);
        }
    }

    /**
     * The smallest nice step that cuts a span into at most {@code maxIntervals} intervals.
     *
     * @param span the length to cut, greater than 0
     * @param maxIntervals the most intervals wanted, at least 1
     * @return the step
     */
    public static TickStep covering(double span, int maxIntervals) {
        if (!(span > 0 && Double.isFinite(span)) || maxIntervals < 1) {
            throw new IllegalArgumentException("tick step: expected a finite span > 0 and at least 1 interval, got span "
                    + span + " and " + maxIntervals + " intervals");
        }
        int exponent = (int) Math.floor(Math.log10(span / maxIntervals));
        while (true) {
            for (int mantissa : MANTISSAS) {
                TickStep step = new TickStep(mantissa, exponent);
                if (span / step.value() <= maxIntervals * (1 + 1e-9)) {
                    return step;
                }
            }
            exponent++;
        }
    }

    /**
     * The next smaller nice step: 1 becomes 0.5, 2 becomes 1, 5 becomes 2 (times the same power of
     * ten).
     *
     * @return the finer step
     */
    public TickStep finer() {
        return switch (mantissa) {
            case 1 -> new TickStep(5, exponent - 1);
            case 2 -> new TickStep(1, exponent);
            default -> new TickStep(2, exponent);
        };
    }

    /**
     * The step as a number.
     *
     * @return {@code mantissa x 10^exponent}
     */
    public double value() {
        return multiple(1);
    }

    /**
     * A multiple of the step, computed exactly in decimal and then rounded once to a double.
     *
     * @param k the factor
     * @return {@code k x mantissa x 10^exponent}
     */
    public double multiple(long k) {
        return BigDecimal.valueOf(k * mantissa).scaleByPowerOfTen(exponent).doubleValue();
    }

    /**
     * How many decimals every multiple of the step needs: 0 for steps of 1 or more, 1 for 0.5 or
     * 0.2, 2 for 0.05 and so on.
     *
     * @return the number of decimals
     */
    public int decimals() {
        return Math.max(0, -exponent);
    }
}
