package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.svg.TextAnchor;
import java.util.ArrayList;
import java.util.List;

/**
 * A legend measured before it is placed: entries at positions relative to its top-left corner, so
 * that a chart can reserve the legend's size first and place it once the plot area is known.
 *
 * <p>A column (right legend) gives each heading and each key a row of its own. Rows (bottom legend)
 * start each group on a new row, with its heading first, and wrap keys onto further rows aligned
 * after the heading.
 */
final class LegendPlan {

    private static final double ROW = 20;
    private static final double LINE_SWATCH = 32;
    private static final double BOX_SWATCH = 12;
    private static final double SWATCH_HEIGHT = 12;
    private static final double SWATCH_GAP = 6;
    private static final double KEY_GAP = 20;
    private static final double HEADING_GAP = 10;
    private static final double GROUP_GAP = 6;
    private static final double SIZE = Metrics.LEGEND_SIZE;

    /** A heading ({@code key == null}) or a key, at {@code x} in the row starting at {@code top}. */
    private record Entry(double x, double top, String text, String fullText, LegendKey key) {}

    private final LegendPlacement placement;
    private final SwatchShape shape;
    private final List<Entry> entries = new ArrayList<>();
    private double width;
    private double height;

    private LegendPlan(LegendPlacement placement, SwatchShape shape) {
        this.placement = placement;
        this.shape = shape;
    }

    /**
     * Measures a legend for a placement.
     *
     * @param placement right of the plot (a column at most 30% of the figure wide) or under it
     *     (rows as wide as the figure's inner width)
     * @param groups the groups
     * @param shape how keys show their colour
     * @param figureWidth the figure width
     * @return the plan
     */
    static LegendPlan of(LegendPlacement placement, List<LegendGroup> groups, SwatchShape shape, double figureWidth) {
        LegendPlan plan = new LegendPlan(placement, shape);
        if (placement == LegendPlacement.RIGHT) {
            plan.column(groups, figureWidth * Metrics.SIDE_SHARE);
        } else {
            plan.rows(groups, figureWidth - 2 * Metrics.PADDING);
        }
        return plan;
    }

    /**
     * The width the legend takes.
     *
     * @return the width
     */
    double width() {
        return width;
    }

    /**
     * The height the legend takes.
     *
     * @return the height
     */
    double height() {
        return height;
    }

    /**
     * The space the legend takes right of the plot area (its width and the gap before it), or 0
     * for a bottom legend.
     *
     * @param gap the gap between the plot area and the legend
     * @return the width
     */
    double rightSpace(double gap) {
        return placement == LegendPlacement.RIGHT ? gap + width : 0;
    }

    /**
     * The height a right legend needs beside the plot area, or 0 for a bottom legend.
     *
     * @return the height
     */
    double besideHeight() {
        return placement == LegendPlacement.RIGHT ? height : 0;
    }

    /**
     * The space the legend takes under the x axis title (its height and the gap before it), or 0
     * for a right legend.
     *
     * @return the height
     */
    double bottomSpace() {
        return placement == LegendPlacement.BOTTOM ? Metrics.LEGEND_GAP + height : 0;
    }

    /**
     * Places the legend by a plot area: top-aligned at {@code gap} right of it, or centred under
     * its x axis title and kept inside the figure.
     *
     * @param plot the plot area
     * @param gap the gap between the plot area and a right legend
     * @param figureWidth the figure width
     * @return the placed legend
     */
    LegendLayout place(Rect plot, double gap, double figureWidth) {
        if (placement == LegendPlacement.RIGHT) {
            return at(plot.right() + gap, plot.y());
        }
        double centred = plot.x() + plot.width() / 2 - width / 2;
        double left = Math.max(Metrics.PADDING, Math.min(centred, figureWidth - Metrics.PADDING - width));
        return at(left, plot.bottom() + Metrics.belowPlot() + Metrics.LEGEND_GAP);
    }

    private void column(List<LegendGroup> groups, double maxWidth) {
        double top = 0;
        for (LegendGroup group : groups) {
            top += entries.isEmpty() ? 0 : GROUP_GAP;
            if (!group.heading().isBlank()) {
                addHeading(0, top, group.heading(), maxWidth);
                top += ROW;
            }
            for (LegendKey key : group.keys()) {
                addKey(0, top, key, maxWidth);
                top += ROW;
            }
        }
        height = top;
    }

    private void rows(List<LegendGroup> groups, double maxWidth) {
        double top = 0;
        for (LegendGroup group : groups) {
            double indent = 0;
            if (!group.heading().isBlank()) {
                indent = addHeading(0, top, group.heading(), maxWidth / 3) + HEADING_GAP;
            }
            double x = indent;
            for (LegendKey key : group.keys()) {
                double keyWidth = swatchWidth() + SWATCH_GAP + Monospace.width(key.label(), SIZE);
                if (x > indent && x + keyWidth > maxWidth) {
                    top += ROW;
                    x = indent;
                }
                x += addKey(x, top, key, maxWidth - x) + KEY_GAP;
            }
            top += ROW;
        }
        height = top;
    }

    private double addHeading(double x, double top, String heading, double maxWidth) {
        String shown = Monospace.fit(heading, SIZE, maxWidth);
        entries.add(new Entry(x, top, shown, heading, null));
        double entryWidth = Monospace.width(shown, SIZE);
        width = Math.max(width, x + entryWidth);
        return entryWidth;
    }

    private double addKey(double x, double top, LegendKey key, double maxWidth) {
        String shown = Monospace.fit(key.label(), SIZE, maxWidth - swatchWidth() - SWATCH_GAP);
        entries.add(new Entry(x, top, shown, key.label(), key));
        double entryWidth = swatchWidth() + SWATCH_GAP + Monospace.width(shown, SIZE);
        width = Math.max(width, x + entryWidth);
        return entryWidth;
    }

    private double swatchWidth() {
        return shape == SwatchShape.LINE ? LINE_SWATCH : BOX_SWATCH;
    }

    private LegendLayout at(double left, double top) {
        List<TextItem> headings = new ArrayList<>();
        List<LegendItem> items = new ArrayList<>();
        for (Entry entry : entries) {
            double middle = top + entry.top() + ROW / 2;
            double baseline = middle + Metrics.CENTRE_BASELINE * SIZE;
            String tooltip = entry.text().equals(entry.fullText()) ? "" : entry.fullText();
            double x = left + entry.x();
            if (entry.key() == null) {
                headings.add(new TextItem(x, baseline, entry.text(), SIZE, TextAnchor.START, true, false, tooltip));
                continue;
            }
            LegendKey key = entry.key();
            TextItem label = new TextItem(
                    x + swatchWidth() + SWATCH_GAP, baseline, entry.text(), SIZE, TextAnchor.START, false, false, tooltip);
            Rect swatch = new Rect(x, middle - SWATCH_HEIGHT / 2, swatchWidth(), SWATCH_HEIGHT);
            items.add(new LegendItem(swatch, shape, key.colour(), key.dash(), key.width(), label));
        }
        return new LegendLayout(new Rect(left, top, width, height), headings, items);
    }
}
