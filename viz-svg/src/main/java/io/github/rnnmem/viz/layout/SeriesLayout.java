package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.colour.Colour;
import java.util.List;

/**
 * A series, placed: its unbroken runs of points as polylines inside the plot area, and its dots.
 *
 * @param name the series name, the tooltip of its lines
 * @param colour the stroke colour
 * @param dash the dash pattern, or null for solid
 * @param width the stroke width
 * @param lines the polylines, each of at least two vertices, clipped to the plot area
 * @param markers the dots: every point when the series asks for markers, and otherwise the points
 *     that stand alone between gaps (they would be invisible as lines)
 * @param data the series' own points, as given, so that the figure can carry its numbers
 */
public record SeriesLayout(
        String name,
        Colour colour,
        String dash,
        double width,
        List<List<Pixel>> lines,
        List<Marker> markers,
        List<Point> data) {

    /** Copies the lists. */
    public SeriesLayout {
        lines = lines.stream().map(List::copyOf).toList();
        markers = List.copyOf(markers);
        data = List.copyOf(data);
    }
}
