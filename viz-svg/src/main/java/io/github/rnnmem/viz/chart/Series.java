package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * One line of a {@link LineChart}, drawn through its points in list order.
 *
 * @param name the legend text and tooltip of the line
 * @param colour the stroke colour
 * @param dash dash and gap lengths such as {@code "8 8"} or {@code "2 2"} (SVG {@code
 *     stroke-dasharray}), or null for a solid line
 * @param width the stroke width in pixels, greater than 0
 * @param points the points; a NaN coordinate breaks the line. At least one point must be defined
 * @param markers whether to draw a dot (with a tooltip of its values) at every point
 */
public record Series(String name, Colour colour, String dash, double width, List<Point> points, boolean markers) {

    /** Checks every field; see the parameter descriptions. */
    public Series {
        Require.text(name, "series name");
        String where = "series \"" + name + "\"";
        Require.present(colour, where + ": colour");
        dash = Require.dash(dash, where + ": dash pattern");
        Require.positive(width, where + ": stroke width");
        points = Require.nonEmpty(points, where + ": points");
        if (points.stream().noneMatch(Point::isDefined)) {
            throw new IllegalArgumentException(
                    where + ": expected at least one point with numbers for x and y, got only gaps (NaN)");
        }
    }

    /**
     * A solid line of width 2 without markers.
     *
     * @param name the legend text
     * @param colour the stroke colour
     * @param points the points
     * @return the series
     */
    public static Series solid(String name, Colour colour, List<Point> points) {
        return new Series(name, colour, null, 2, points, false);
    }
}
