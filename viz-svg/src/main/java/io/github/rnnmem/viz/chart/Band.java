package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * A translucent area of a {@link LineChart} between a lower and an upper curve, such as the 95%
 * confidence interval around an accuracy curve. It is drawn under the lines, through its points in
 * list order; a point whose bounds are NaN breaks it into separate pieces.
 *
 * @param name the tooltip of the area
 * @param colour the fill colour
 * @param opacity the fill opacity, in (0, 1]
 * @param points the points, at least one with both bounds defined
 */
public record Band(String name, Colour colour, double opacity, List<BandPoint> points) {

    /** Checks every field; see the parameter descriptions. */
    public Band {
        Require.text(name, "band name");
        String where = "band \"" + name + "\"";
        Require.present(colour, where + ": colour");
        if (!(opacity > 0 && opacity <= 1)) {
            throw new IllegalArgumentException(where + ": opacity: expected a number in (0, 1], got " + opacity);
        }
        points = Require.nonEmpty(points, where + ": points");
        if (points.stream().noneMatch(BandPoint::isDefined)) {
            throw new IllegalArgumentException(
                    where + ": expected at least one point with numbers for x and both bounds, got only gaps (NaN)");
        }
    }
}
