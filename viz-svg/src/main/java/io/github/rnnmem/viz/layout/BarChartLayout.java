package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.BarCategory;
import io.github.rnnmem.viz.chart.BarChart;
import io.github.rnnmem.viz.chart.BarComponent;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.scale.Scale;
import io.github.rnnmem.viz.scale.TickFormat;
import io.github.rnnmem.viz.svg.TextAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link BarChart}, placed.
 *
 * <p>Bars are 26 pixels thick with 14 pixels between them, so the figure's height follows from the
 * number of categories. Category names stand right-aligned left of the bars (at most 30% of the
 * width), each bar's total right of it, and the value axis (from 0, nice ticks, thousands
 * separators) under the bars. A component's value is written inside its segment when it fits; the
 * segment's tooltip always has it.
 *
 * @param width the figure width
 * @param height the figure height
 * @param title the title lines
 * @param plot the area of the bars
 * @param values the value axis
 * @param bars the bars, top to bottom
 * @param legend the legend of components
 */
public record BarChartLayout(
        double width,
        double height,
        List<TextItem> title,
        Rect plot,
        AxisLayout values,
        List<BarLayout> bars,
        LegendLayout legend) {

    private static final double BAR = 26;
    private static final double BAR_GAP = 14;
    private static final double LABEL_GAP = 8;
    private static final double INSIDE_PADDING = 4;

    /** Copies the lists. */
    public BarChartLayout {
        title = List.copyOf(title);
        bars = List.copyOf(bars);
    }

    /**
     * Lays out a chart.
     *
     * @param chart the chart
     * @param width the figure width, enough for a bar area 160 pixels wide
     * @return the layout
     */
    public static BarChartLayout of(BarChart chart, double width) {
        String where = "bar chart \"" + chart.title() + "\"";
        TitleBlock titleBlock = TitleBlock.of(chart.title(), width);
        List<LegendKey> keys = chart.components().stream()
                .map(component -> new LegendKey(component.name(), component.colour(), null, 1))
                .toList();
        LegendPlan legend = LegendPlan.of(chart.legend(), List.of(new LegendGroup("", keys)), SwatchShape.BOX, width);
        double maxTotal = chart.categories().stream().mapToDouble(BarCategory::total).max().orElseThrow();
        double namesWidth = Math.min(width * Metrics.SIDE_SHARE, chart.categories().stream()
                .mapToDouble(category -> Monospace.width(category.name(), Metrics.LEGEND_SIZE))
                .max()
                .orElseThrow());
        double totalsWidth = chart.categories().stream()
                .mapToDouble(category -> Monospace.width(TickFormat.NUMBER.precise(category.total()), Metrics.TICK_SIZE))
                .max()
                .orElseThrow();
        double plotLeft = Metrics.PADDING + namesWidth + LABEL_GAP;
        double plotRight = width - Metrics.PADDING - legend.rightSpace(Metrics.LEGEND_GAP) - totalsWidth - LABEL_GAP;
        if (plotRight - plotLeft < Metrics.MIN_PLOT_WIDTH) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s: a figure %.0f pixels wide leaves the bars %.0f pixels, expected at least %.0f: "
                            + "make the figure wider, shorten the category names or put the legend at the bottom",
                    where, width, plotRight - plotLeft, Metrics.MIN_PLOT_WIDTH));
        }
        int count = chart.categories().size();
        double plotTop = titleBlock.bottom() + Metrics.TITLE_GAP;
        Rect plot = new Rect(plotLeft, plotTop, plotRight - plotLeft, count * BAR + (count + 1) * BAR_GAP);
        Axis axis = Axis.linear(chart.valueLabel());
        AxisLayout values = Axes.bottom(Axes.resolveHorizontal(axis, 0, maxTotal, plot.x(), plot.right()), axis, plot);
        List<BarLayout> bars = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bars.add(bar(chart, chart.categories().get(i), plot.y() + BAR_GAP + i * (BAR + BAR_GAP), values.scale(),
                    namesWidth));
        }
        double height = Math.max(plot.bottom() + Metrics.belowPlot() + legend.bottomSpace() + Metrics.PADDING,
                plot.y() + legend.besideHeight() + Metrics.PADDING);
        return new BarChartLayout(width, height, titleBlock.lines(), plot, values, bars,
                legend.place(plot, totalsWidth + LABEL_GAP + Metrics.LEGEND_GAP, width));
    }

    private static BarLayout bar(BarChart chart, BarCategory category, double top, Scale scale, double namesWidth) {
        double middle = top + BAR / 2;
        double textBaseline = middle + Metrics.CENTRE_BASELINE * Metrics.TICK_SIZE;
        List<BarSegment> segments = new ArrayList<>();
        double start = 0;
        for (int j = 0; j < chart.components().size(); j++) {
            double value = category.values().get(j);
            if (value == 0) {
                continue;
            }
            BarComponent component = chart.components().get(j);
            double left = scale.map(start);
            double right = scale.map(start + value);
            start += value;
            String text = TickFormat.NUMBER.precise(value);
            boolean fits = Monospace.width(text, Metrics.TICK_SIZE) + 2 * INSIDE_PADDING <= right - left;
            TextItem label = new TextItem((left + right) / 2, textBaseline, fits ? text : "", Metrics.TICK_SIZE,
                    TextAnchor.MIDDLE, false, false, "");
            String tooltip = category.name() + " · " + component.name() + ": " + text + " ("
                    + TickFormat.PERCENT.precise(value / category.total()) + ")";
            segments.add(new BarSegment(new Rect(left, top, right - left, BAR), component.colour(), label,
                    component.colour().readableText(), tooltip));
        }
        double end = scale.map(start);
        TextItem name = TextItem.fitted(scale.map(0) - LABEL_GAP, middle + Metrics.CENTRE_BASELINE * Metrics.LEGEND_SIZE,
                category.name(), Metrics.LEGEND_SIZE, TextAnchor.END, namesWidth);
        TextItem total = new TextItem(end + LABEL_GAP / 2, textBaseline, TickFormat.NUMBER.precise(category.total()),
                Metrics.TICK_SIZE, TextAnchor.START, false, false, "");
        return new BarLayout(name, segments, total);
    }
}
