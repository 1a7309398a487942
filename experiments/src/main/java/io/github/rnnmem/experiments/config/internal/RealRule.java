package io.github.rnnmem.experiments.config.internal;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Real numbers in an interval whose ends may be open or closed; integers are accepted and widened.
 *
 * @param min the lower end
 * @param minOpen whether {@code min} itself is excluded
 * @param max the upper end
 * @param maxOpen whether {@code max} itself is excluded
 */
public record RealRule(double min, boolean minOpen, double max, boolean maxOpen) implements Rule<Double> {

    /** Checks that the ends are finite and ordered. */
    public RealRule {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("invalid interval " + min + ", " + max);
        }
    }

    /**
     * The interval {@code [min, max]}.
     *
     * @param min the lower end
     * @param max the upper end
     * @return the rule
     */
    public static RealRule closed(double min, double max) {
        return new RealRule(min, false, max, false);
    }

    /**
     * The interval {@code (min, max]}.
     *
     * @param min the excluded lower end
     * @param max the upper end
     * @return the rule
     */
    public static RealRule aboveUpTo(double min, double max) {
        return new RealRule(min, true, max, false);
    }

    /**
     * The interval {@code [min, max)}.
     *
     * @param min the lower end
     * @param max the excluded upper end
     * @return the rule
     */
    public static RealRule fromBelow(double min, double max) {
        return new RealRule(min, false, max, true);
    }

    @Override
    public Optional<Double> accept(Object value) {
        if (!(value instanceof Number number)) {
            return Optional.empty();
        }
        double x = number.doubleValue();
        boolean aboveMin = minOpen ? x > min : x >= min;
        boolean belowMax = maxOpen ? x < max : x <= max;
        return aboveMin && belowMax ? Optional.of(x) : Optional.empty();
    }

    @Override
    public String expected() {
        return "a number in " + range();
    }

    @Override
    public String type() {
        return "number";
    }

    @Override
    public String range() {
        return (minOpen ? "(" : "[") + format(min) + ", " + format(max) + (maxOpen ? ")" : "]");
    }

    @Override
    public Object plain(Double value) {
        return value;
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
