package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.layout.BarChartLayout;
import io.github.rnnmem.viz.layout.BarLayout;
import io.github.rnnmem.viz.layout.BarSegment;
import io.github.rnnmem.viz.layout.Rect;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgDocument;
import io.github.rnnmem.viz.svg.SvgElement;

/**
 * Writes a placed bar chart as SVG: background, title, vertical grid, then per bar its name, its
 * segments (each with a tooltip of its value and share), the values that fit inside and the
 * total; value axis and legend last.
 */
public final class BarChartSvg {

    private BarChartSvg() {}

    /**
     * Writes a layout.
     *
     * @param layout the placed chart
     * @return the document
     */
    public static SvgDocument render(BarChartLayout layout) {
        SvgDocument document = Parts.document(layout.width(), layout.height(), layout.title());
        document.add(Parts.title(layout.title())).add(Parts.grid(layout.values(), layout.plot(), Edge.BOTTOM));
        SvgElement bars = Svg.group().attribute("class", "bars");
        layout.bars().forEach(bar -> bars.add(bar(bar)));
        document.add(bars)
                .add(Parts.axis(layout.values(), layout.plot(), Edge.BOTTOM))
                .add(Parts.legend(layout.legend()));
        return document;
    }

    private static SvgElement bar(BarLayout bar) {
        SvgElement group = Svg.group().add(Parts.text(bar.category()));
        for (BarSegment segment : bar.segments()) {
            Rect rect = segment.rect();
            group.add(Svg.rect(rect.x(), rect.y(), rect.width(), rect.height())
                    .fill(segment.colour())
                    .tooltip(segment.tooltip()));
        }
        for (BarSegment segment : bar.segments()) {
            if (!segment.label().text().isEmpty()) {
                group.add(Parts.text(segment.label()).fill(segment.labelColour()).attribute("pointer-events", "none"));
            }
        }
        return group.add(Parts.text(bar.total()).fill(Theme.TICK_TEXT));
    }
}
