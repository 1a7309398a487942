package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.chart.BandPoint;
import io.github.rnnmem.viz.colour.Colour;
import java.util.List;

/**
 * A band, placed: one closed polygon per unbroken run of its points (the upper bound left to right,
 * then the lower bound right to left), clipped to the plot area.
 *
 * @param name the tooltip
 * @param colour the fill colour
 * @param opacity the fill opacity
 * @param polygons the polygons, each of at least three vertices
 * @param data the band's own points, as given, so that the figure can carry its numbers
 */
public record BandLayout(String name, Colour colour, double opacity, List<List<Pixel>> polygons, List<BandPoint> data) {

    /** Copies the lists. */
    public BandLayout {
        polygons = polygons.stream().map(List::copyOf).toList();
        data = List.copyOf(data);
    }
}
