package io.github.rnnmem.viz.scale;

/**
 * {@code map(v) = rangeStart + (log10 v - log10 min) / (log10 max - log10 min) * (rangeEnd -
 * rangeStart)}, for a domain of positive values.
 *
 * @param domain the data interval, {@code min > 0}
 * @param rangeStart the pixel coordinate of {@code domain.min()}
 * @param rangeEnd the pixel coordinate of {@code domain.max()}
 */
public record LogScale(Domain domain, double rangeStart, double rangeEnd) implements Scale {

    /** Checks that the domain is positive. */
    public LogScale {
        if (domain.min() <= 0) {
            throw new IllegalArgumentException("log scale domain: expected min > 0, got " + domain.min());
        }
    }

    @Override
    public double map(double value) {
        double low = Math.log10(domain.min());
        return rangeStart + (Math.log10(value) - low) / (Math.log10(domain.max()) - low) * (rangeEnd - rangeStart);
    }
}
