package io.github.rnnmem.experiments.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * One number an analysis gives for a unit, which the report compares over seeds and settings
 * (mean, spread, interval): the share of connectivity on earlier words, say.
 *
 * @param name what the number is, such as {@code context share, 0 known characters}
 * @param value the number
 * @param kind what it measures, which says how it is written
 */
public record Headline(String name, double value, Kind kind) {

    /** What a headline measures; every kind is a number of 0 or more. */
    public enum Kind {
        /** A loss in nats, written with four decimals. */
        NATS("%.4f", 1, false),
        /** A fraction, written as a percentage with two decimals; bounds are kept within [0%, 100%]. */
        SHARE("%.2f%%", 100, true),
        /** A number of characters, written with one decimal. */
        CHARACTERS("%.1f", 1, false);

        private final String format;
        private final double scale;
        private final boolean fraction;

        Kind(String format, double scale, boolean fraction) {
            this.format = format;
            this.scale = scale;
            this.fraction = fraction;
        }
    }

    /** Checks the parts. */
    public Headline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A value of this headline's kind as the report writes it.
     *
     * @param number a value, a mean, a deviation or a bound
     * @return for instance {@code 17.25%}, {@code 2.3426} or {@code 3.5}
     */
    public String format(double number) {
        return String.format(Locale.ROOT, kind.format, kind.scale * number);
    }

    /**
     * A bound of an interval of this headline's kind as the report writes it: kept at 0 or more, as
     * every kind is, and a fraction's at 1 or less, where the interval of a mean over few seeds may
     * reach past.
     *
     * @param bound the bound
     * @return the bound, written as {@link #format} writes values
     */
    public String formatBound(double bound) {
        return format(Math.max(0, kind.fraction ? Math.min(1, bound) : bound));
    }
}
