package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.layout.AxisLayout;
import io.github.rnnmem.viz.layout.LegendItem;
import io.github.rnnmem.viz.layout.LegendLayout;
import io.github.rnnmem.viz.layout.Rect;
import io.github.rnnmem.viz.layout.SwatchShape;
import io.github.rnnmem.viz.layout.TextItem;
import io.github.rnnmem.viz.layout.TickMark;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgDocument;
import io.github.rnnmem.viz.svg.SvgElement;
import java.util.List;

/** The pieces every chart is drawn with: the document, texts, axes, grid and legend. */
final class Parts {

    private Parts() {}

    /**
     * A document with the figure's font, the whole title as accessible name and a white background.
     *
     * @param width the width
     * @param height the height
     * @param title the title lines
     * @return the document
     */
    static SvgDocument document(double width, double height, List<TextItem> title) {
        return document(width, height, name(title));
    }

    /**
     * The whole text of a title: its lines joined, or the full title where the last line was
     * shortened.
     *
     * @param title the title lines
     * @return the text
     */
    static String name(List<TextItem> title) {
        String shortened = title.get(title.size() - 1).tooltip();
        return shortened.isEmpty() ? String.join(" ", title.stream().map(TextItem::text).toList()) : shortened;
    }

    /**
     * A document with the figure's font, an accessible name and a white background.
     *
     * @param width the width
     * @param height the height
     * @param name the accessible name, such as the figure title
     * @return the document
     */
    static SvgDocument document(double width, double height, String name) {
        SvgDocument document = new SvgDocument(width, height);
        document.root()
                .attribute("role", "img")
                .attribute("aria-label", name)
                .attribute("font-family", Theme.FONT_FAMILY)
                .fill(Theme.TEXT);
        document.add(Svg.rect(0, 0, width, height).fill(Theme.BACKGROUND));
        return document;
    }

    /**
     * The title lines.
     *
     * @param lines the lines
     * @return a group of texts
     */
    static SvgElement title(List<TextItem> lines) {
        SvgElement group = Svg.group().attribute("class", "title");
        lines.forEach(line -> group.add(text(line)));
        return group;
    }

    /**
     * One text, with its size, anchor, weight, rotation and tooltip.
     *
     * @param item the text
     * @return the element
     */
    static SvgElement text(TextItem item) {
        SvgElement text = Svg.text(item.x(), item.y(), item.text())
                .attribute("font-size", item.size())
                .anchor(item.anchor());
        if (item.bold()) {
            text.attribute("font-weight", "bold");
        }
        if (item.vertical()) {
            text.rotate(-90, item.x(), item.y());
        }
        if (!item.tooltip().isEmpty()) {
            text.tooltip(item.tooltip());
        }
        return text;
    }

    /**
     * Grid lines across a plot area at an axis's ticks: darker at major ticks, lighter at minor ones.
     *
     * @param axis the axis
     * @param plot the plot area
     * @param edge the edge the axis runs along
     * @return a group of lines
     */
    static SvgElement grid(AxisLayout axis, Rect plot, Edge edge) {
        SvgElement group = Svg.group().attribute("class", "grid").attribute("stroke-width", Theme.GRID_WIDTH);
        for (TickMark tick : axis.ticks()) {
            group.add(edge.line(tick.position(), edge.inner(plot), tick.position(), edge.opposite(plot))
                    .attribute("stroke", (tick.major() ? Theme.GRID : Theme.MINOR_GRID).hex()));
        }
        return group;
    }

    /**
     * An axis along an edge of a plot area: its line, tick marks pointing out of the plot area,
     * labels and title.
     *
     * @param axis the axis
     * @param plot the plot area
     * @param edge the edge
     * @return a group
     */
    static SvgElement axis(AxisLayout axis, Rect plot, Edge edge) {
        SvgElement group = Svg.group().attribute("class", edge.cssClass());
        double base = edge.inner(plot);
        group.add(edge.line(edge.start(plot), base, edge.end(plot), base).stroke(Theme.AXIS, Theme.AXIS_WIDTH));
        for (TickMark tick : axis.ticks()) {
            group.add(edge.line(tick.position(), base, tick.position(), base + edge.outward() * tick.length())
                    .stroke(Theme.AXIS, Theme.AXIS_WIDTH));
        }
        SvgElement labels = Svg.group().fill(Theme.TICK_TEXT);
        axis.ticks().stream()
                .filter(tick -> !tick.label().text().isEmpty())
                .forEach(tick -> labels.add(text(tick.label())));
        return group.add(labels).add(text(axis.title()));
    }

    /**
     * A legend: headings, swatches (strokes or boxes) and labels.
     *
     * @param legend the legend
     * @return a group
     */
    static SvgElement legend(LegendLayout legend) {
        SvgElement group = Svg.group().attribute("class", "legend");
        legend.headings().forEach(heading -> group.add(text(heading)));
        for (LegendItem item : legend.items()) {
            Rect swatch = item.swatch();
            if (item.shape() == SwatchShape.BOX) {
                group.add(Svg.rect(swatch.x(), swatch.y(), swatch.width(), swatch.height()).fill(item.colour()));
            } else {
                double middle = swatch.y() + swatch.height() / 2;
                group.add(Svg.line(swatch.x(), middle, swatch.right(), middle)
                        .stroke(item.colour(), item.width())
                        .dash(item.dash()));
            }
            group.add(text(item.label()));
        }
        return group;
    }
}
