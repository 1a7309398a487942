package io.github.rnnmem.viz.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One data point of a series. A NaN coordinate marks a gap: the line stops before the point and
 * starts again after it.
 *
 * @param x the x value, finite or NaN
 * @param y the y value, finite or NaN
 */
public record Point(double x, double y) {

    /** Rejects infinite coordinates. */
    public Point {
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            throw new IllegalArgumentException("point: expected finite or NaN coordinates, got (" + x + ", " + y + ")");
        }
    }

    /**
     * Pairs two arrays into points.
     *
     * @param xs the x values
     * @param ys the y values, as many as {@code xs}
     * @return the points {@code (xs[i], ys[i])}
     */
    public static List<Point> list(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "points: expected as many x as y values, got " + xs.length + " x and " + ys.length + " y");
        }
        List<Point> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            points.add(new Point(xs[i], ys[i]));
        }
        return List.copyOf(points);
    }

    /**
     * Whether both coordinates are numbers (not a gap).
     *
     * @return true when neither coordinate is NaN
     */
    public boolean isDefined() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
