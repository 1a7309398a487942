package io.github.rnnmem.viz.chart;

/**
 * One x value of a {@link Band} with the lower and upper bound of the area there. NaN in any
 * coordinate marks a gap.
 *
 * @param x the x value, finite or NaN
 * @param low the lower bound, finite or NaN
 * @param high the upper bound, finite or NaN; at least {@code low} when both are numbers
 */
public record BandPoint(double x, double low, double high) {

    /** Rejects infinite coordinates and crossed bounds. */
    public BandPoint {
        if (Double.isInfinite(x) || Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("band point: expected finite or NaN coordinates, got (" + x + ", " + low
                    + ", " + high + ")");
        }
        if (low > high) {
            throw new IllegalArgumentException("band point at x = " + x + ": expected low <= high, got low " + low
                    + " > high " + high);
        }
    }

    /**
     * Whether all three coordinates are numbers (not a gap).
     *
     * @return true when none is NaN
     */
    public boolean isDefined() {
        return !Double.isNaN(x) && !Double.isNaN(low) && !Double.isNaN(high);
    }
}
