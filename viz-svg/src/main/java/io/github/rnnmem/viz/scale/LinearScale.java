package io.github.rnnmem.viz.scale;

/**
 * {@code map(v) = rangeStart + (v - min) / (max - min) * (rangeEnd - rangeStart)}.
 *
 * @param domain the data interval
 * @param rangeStart the pixel coordinate of {@code domain.min()}
 * @param rangeEnd the pixel coordinate of {@code domain.max()}
 */
public record LinearScale(Domain domain, double rangeStart, double rangeEnd) implements Scale {

    @Override
    public double map(double value) {
        return rangeStart + (value - domain.min()) / (domain.max() - domain.min()) * (rangeEnd - rangeStart);
    }
}
