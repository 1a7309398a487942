package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.layout.LineChartLayout;
import io.github.rnnmem.viz.layout.Marker;
import io.github.rnnmem.viz.layout.Pixel;
import io.github.rnnmem.viz.layout.SeriesLayout;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgDocument;
import io.github.rnnmem.viz.svg.SvgElement;
import java.util.List;

/**
 * Writes a placed line chart as SVG: background, title, grid, the series (one group each, lines
 * with round joins and the series name as tooltip, dots with their values as tooltip), then axes
 * and legend on top.
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
        document.add(Parts.title(layout.title()))
                .add(Parts.grid(layout.x(), layout.plot(), Edge.BOTTOM))
                .add(Parts.grid(layout.y(), layout.plot(), Edge.LEFT));
        SvgElement data = Svg.group().attribute("class", "series");
        layout.series().forEach(series -> data.add(series(series)));
        document.add(data)
                .add(Parts.axis(layout.x(), layout.plot(), Edge.BOTTOM))
                .add(Parts.axis(layout.y(), layout.plot(), Edge.LEFT))
                .add(Parts.legend(layout.legend()));
        return document;
    }

    private static SvgElement series(SeriesLayout series) {
        SvgElement group = Svg.group()
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
}
