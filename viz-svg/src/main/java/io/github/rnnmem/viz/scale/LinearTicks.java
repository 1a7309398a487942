package io.github.rnnmem.viz.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * Evenly spaced ticks at the multiples {@code first..last} of a nice {@link TickStep}.
 *
 * <p>{@link #covering} widens a data extent out to the nearest multiples (0.4..9.7 becomes 0..10
 * with ticks every 2); {@link #within} keeps a domain and ticks the multiples inside it (0..21 gets
 * ticks 0, 5, 10, 15, 20).
 *
 * @param step the distance between ticks
 * @param first the multiple of {@code step} of the first tick
 * @param last the multiple of {@code step} of the last tick, at least {@code first}
 */
public record LinearTicks(TickStep step, long first, long last) {

    private static final double TOLERANCE = 1e-9;

    /** Checks the order of the multiples. */
    public LinearTicks {
        if (last < first) {
            throw new IllegalArgumentException("linear ticks: expected first <= last, got " + first + " > " + last);
        }
    }

    /**
     * Ticks for an automatic axis: the nice step for at most {@code maxIntervals} intervals over
     * the extent, and the smallest run of its multiples that covers the extent. A single value
     * ({@code min == max}) is widened by 10% of its size, or by 1 around 0.
     *
     * @param min the smallest data value, finite
     * @param max the largest data value, finite, at least {@code min}
     * @param maxIntervals the most intervals wanted over the extent, at least 1
     * @return the ticks
     */
    public static LinearTicks covering(double min, double max, int maxIntervals) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("linear ticks extent: expected finite min <= max, got [" + min + ", " + max
                    + "]");
        }
        double pad = min < max ? 0 : (min == 0 ? 1 : Math.abs(min) * 0.1);
        double low = min - pad;
        double high = max + pad;
        TickStep step = TickStep.covering(high - low, maxIntervals);
        double size = step.value();
        return new LinearTicks(
                step, (long) Math.floor(low / size + TOLERANCE), (long) Math.ceil(high / size - TOLERANCE));
    }

    /**
     * Ticks for a fixed domain: the smallest nice step whose multiples inside the domain make at
     * most {@code maxIntervals} intervals.
     *
     * @param domain the fixed domain
     * @param maxIntervals the most intervals wanted between the first and last tick, at least 1
     * @return the ticks
     */
    public static LinearTicks within(Domain domain, int maxIntervals) {
        LinearTicks ticks = inside(TickStep.covering(domain.max() - domain.min(), maxIntervals), domain);
        while (true) {
            LinearTicks finer = inside(ticks.step().finer(), domain);
            if (finer.last() - finer.first() > maxIntervals) {
                return ticks;
            }
            ticks = finer;
        }
    }

    /**
     * Ticks at the multiples of a given step that lie inside a domain.
     *
     * @param step the step
     * @param domain the domain
     * @return the ticks
     */
    public static LinearTicks inside(TickStep step, Domain domain) {
        double size = step.value();
        return new LinearTicks(
                step,
                (long) Math.ceil(domain.min() / size - TOLERANCE),
                (long) Math.floor(domain.max() / size + TOLERANCE));
    }

    /**
     * The interval from the first to the last tick: for {@link #covering} ticks, the axis domain.
     *
     * @return the domain
     */
    public Domain domain() {
        return new Domain(step.multiple(first), step.multiple(last));
    }

    /**
     * The ticks, all major and labelled, every label with the number of decimals the step needs.
     *
     * @param format how labels show values
     * @return the ticks from {@code first} to {@code last}
     */
    public List<Tick> ticks(TickFormat format) {
        int decimals = format.decimals(step);
        List<Tick> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            double value = step.multiple(k);
            ticks.add(new Tick(value, format.label(value, decimals), true));
        }
        return List.copyOf(ticks);
    }
}
