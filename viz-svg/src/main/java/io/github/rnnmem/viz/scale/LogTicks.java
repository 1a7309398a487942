package io.github.rnnmem.viz.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * Ticks for a log10 axis: a major tick at every power of ten (labelled {@code 10⁻³}, {@code 10⁰},
 * {@code 10²}), optionally minor ticks at 2..9 times each power.
 *
 * <p>When the decades are more than the labels wanted, every n-th decade is labelled (those with
 * exponent divisible by n, so that 10⁰ keeps its label) and the others keep an unlabelled major
 * tick. When a domain holds fewer than two powers of ten, the labels move to plain numbers at
 * 1, 2 and 5 times a power of ten (or at every multiple 1..9 when that still gives fewer than two).
 */
public final class LogTicks {

    private static final double TOLERANCE = 1e-9;

    private LogTicks() {}

    /**
     * The smallest run of whole decades covering a positive extent: {@code [3e-5, 0.8]} becomes
     * {@code [10⁻⁵, 10⁰]}. A single value that is a power of ten gets one decade either side.
     *
     * @param min the smallest data value, greater than 0
     * @param max the largest data value, at least {@code min}
     * @return the domain
     */
    public static Domain covering(double min, double max) {
        if (!(min > 0 && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("log ticks extent: expected finite 0 < min <= max, got [" + min + ", "
                    + max + "]");
        }
        int low = (int) Math.floor(Math.log10(min) + TOLERANCE);
        int high = (int) Math.ceil(Math.log10(max) - TOLERANCE);
        if (low == high) {
            low--;
            high++;
        }
        return new Domain(power(low), power(high));
    }

    /**
     * The ticks inside a positive domain.
     *
     * @param domain the axis domain, {@code min > 0}
     * @param maxLabels the most decade labels wanted, at least 2
     * @param minor whether to add unlabelled minor ticks at 2..9 times each power of ten
     * @return the ticks, in increasing order
     */
    public static List<Tick> ticks(Domain domain, int maxLabels, boolean minor) {
        if (domain.min() <= 0 || maxLabels < 2) {
            throw new IllegalArgumentException("log ticks: expected a domain with min > 0 and at least 2 labels, got "
                    + domain + " and " + maxLabels + " labels");
        }
        int first = (int) Math.floor(Math.log10(domain.min()) + TOLERANCE);
        int last = (int) Math.floor(Math.log10(domain.max()) + TOLERANCE);
        int decadesInside = last - (int) Math.ceil(Math.log10(domain.min()) - TOLERANCE) + 1;
        if (decadesInside >= 2) {
            int every = (decadesInside + maxLabels - 1) / maxLabels;
            return candidates(domain, first, last, minor, (exponent, multiple) -> decade(exponent, multiple, every));
        }
        List<Tick> oneTwoFive = candidates(domain, first, last, minor, LogTicks::oneTwoFive);
        if (oneTwoFive.stream().filter(tick -> !tick.label().isEmpty()).count() >= 2) {
            return oneTwoFive;
        }
        return candidates(domain, first, last, false, LogTicks::plain);
    }

    private interface Labeller {
        /** The label of {@code multiple x 10^exponent}: text, empty for unlabelled major, null for minor. */
        String label(int exponent, int multiple);
    }

    private static List<Tick> candidates(Domain domain, int first, int last, boolean minor, Labeller labeller) {
        List<Tick> ticks = new ArrayList<>();
        for (int exponent = first; exponent <= last; exponent++) {
            for (int multiple = 1; multiple <= 9; multiple++) {
                double value = value(exponent, multiple);
                if (!domain.contains(value)) {
                    continue;
                }
                String label = labeller.label(exponent, multiple);
                if (label != null) {
                    ticks.add(new Tick(value, label, true));
                } else if (minor) {
                    ticks.add(new Tick(value, "", false));
                }
            }
        }
        return List.copyOf(ticks);
    }

    private static String decade(int exponent, int multiple, int every) {
        if (multiple != 1) {
            return null;
        }
        return Math.floorMod(exponent, every) == 0 ? "10" + Superscript.of(exponent) : "";
    }

    private static String oneTwoFive(int exponent, int multiple) {
        return multiple == 1 || multiple == 2 || multiple == 5 ? plain(exponent, multiple) : null;
    }

    private static String plain(int exponent, int multiple) {
        return TickFormat.NUMBER.label(value(exponent, multiple), Math.max(0, -exponent));
    }

    private static double power(int exponent) {
        return value(exponent, 1);
    }

    /** {@code multiple x 10^exponent}, parsed from decimal so that 3 x 10⁻¹ is 0.3 exactly as written. */
    private static double value(int exponent, int multiple) {
        return Double.parseDouble(multiple + "e" + exponent);
    }
}
