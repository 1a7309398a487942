package io.github.rnnmem.viz.scale;

/**
 * A closed interval of data values, {@code [min, max]} with {@code min < max}.
 *
 * @param min the lower end, finite
 * @param max the upper end, finite and greater than {@code min}
 */
public record Domain(double min, double max) {

    /** Checks that both ends are finite and {@code min < max}. */
    public Domain {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("domain: expected finite min < max, got [" + min + ", " + max + "]");
        }
    }

    /**
     * Whether a value lies in the interval, ends included.
     *
     * @param value the value
     * @return true when {@code min <= value <= max}
     */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
