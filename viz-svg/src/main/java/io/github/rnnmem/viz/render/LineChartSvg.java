package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.chart.BandPoint;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.internal.ExactNumbers;
import io.github.rnnmem.viz.layout.BandLayout;
import io.github.rnnmem.viz.layout.LineChartLayout;
import io.github.rnnmem.viz.layout.Marker;
import io.github.rnnmem.viz.layout.Pixel;
import io.github.rnnmem.viz.layout.SeriesLayout;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgDocument;
import io.github.rnnmem.viz.svg.SvgElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a placed line chart as SVG: background, title, grid, the bands (translucent polygons),
 * the series (one group each, lines with round joins and the series name as tooltip, dots with
 * their values as tooltip), then axes and legend on top.
 *
 * <p>Every series group carries its points in {@code data-points} ({@code "x,y x,y ..."}, each
 * number written so that it parses back to the same double, NaN for a gap) and every band group its
 * points in {@code data-band} ({@code "x,low,high ..."}), so the figure's numbers can be read back
 * exactly.
 */
public final class LineChartSvg {

    private LineChartSvg() {}

    /**
     * Writes a layout.
     *
     * @param layout the placed chart
     * @return the document
     */
    public static SvgDocument render(LineChartLayout layout) {
        SvgDocument document = Parts.document(layout.width(), layout.height(), layout.title());
        draw(layout).forEach(document::add);
        return document;
    }

    /**
     * Writes charts laid out to be shown one above the other (as {@link
     * LineChartLayout#aligned}) into one document, as wide as the widest.
     *
     * @param panels the placed charts, top to bottom, at least one
     * @return the document
     */
    public static SvgDocument stack(List<LineChartLayout> panels) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("stacked line charts: expected at least one chart, got none");
        }
        double width = panels.stream().mapToDouble(LineChartLayout::width).max().orElseThrow();
        double height = panels.stream().mapToDouble(LineChartLayout::height).sum();
        String name = panels.stream().map(panel -> Parts.name(panel.title())).collect(Collectors.joining("; "));
        SvgDocument document = Parts.document(width, height, name);
        double top = 0;
        for (LineChartLayout panel : panels) {
            SvgElement group = Svg.group().attribute("class", "panel").translate(0, top);
            draw(panel).forEach(group::add);
            document.add(group);
            top += panel.height();
        }
        return document;
    }

    private static List<SvgElement> draw(LineChartLayout layout) {
        List<SvgElement> parts = new ArrayList<>();
        parts.add(Parts.title(layout.title()));
        parts.add(Parts.grid(layout.x(), layout.plot(), Edge.BOTTOM));
        parts.add(Parts.grid(layout.y(), layout.plot(), Edge.LEFT));
        if (!layout.bands().isEmpty()) {
            SvgElement bands = Svg.group().attribute("class", "bands");
            layout.bands().forEach(band -> bands.add(band(band)));
            parts.add(bands);
        }
        SvgElement data = Svg.group().attribute("class", "series");
        layout.series().forEach(series -> data.add(series(series)));
        parts.add(data);
        parts.add(Parts.axis(layout.x(), layout.plot(), Edge.BOTTOM));
        parts.add(Parts.axis(layout.y(), layout.plot(), Edge.LEFT));
        parts.add(Parts.legend(layout.legend()));
        return parts;
    }

    private static SvgElement band(BandLayout band) {
        SvgElement group = Svg.group()
                .attribute("data-name", band.name())
                .attribute("data-band", bandData(band.data()))
                .fill(band.colour())
                .attribute("fill-opacity", band.opacity())
                .attribute("stroke", "none");
        for (List<Pixel> polygon : band.polygons()) {
            double[] xs = polygon.stream().mapToDouble(Pixel::x).toArray();
            double[] ys = polygon.stream().mapToDouble(Pixel::y).toArray();
            group.add(Svg.polygon(xs, ys).tooltip(band.name()));
        }
        return group;
    }

    private static SvgElement series(SeriesLayout series) {
        SvgElement group = Svg.group()
                .attribute("data-name", series.name())
                .attribute("data-points", pointData(series.data()))
                .stroke(series.colour(), series.width())
                .dash(series.dash())
                .attribute("stroke-linejoin", "round")
                .attribute("stroke-linecap", "butt");
        for (List<Pixel> line : series.lines()) {
            double[] xs = line.stream().mapToDouble(Pixel::x).toArray();
            double[] ys = line.stream().mapToDouble(Pixel::y).toArray();
            group.add(Svg.polyline(xs, ys).tooltip(series.name()));
        }
        for (Marker marker : series.markers()) {
            group.add(Svg.circle(marker.at().x(), marker.at().y(), marker.radius())
                    .fill(series.colour())
                    .attribute("stroke", "none")
                    .tooltip(marker.tooltip()));
        }
        return group;
    }

    private static String pointData(List<Point> points) {
        return points.stream()
                .map(p -> ExactNumbers.format(p.x()) + "," + ExactNumbers.format(p.y()))
                .collect(Collectors.joining(" "));
    }

    private static String bandData(List<BandPoint> points) {
        return points.stream()
                .map(p -> ExactNumbers.format(p.x()) + "," + ExactNumbers.format(p.low()) + ","
                        + ExactNumbers.format(p.high()))
                .collect(Collectors.joining(" "));
    }
}
