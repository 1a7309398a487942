package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.Band;
import io.github.rnnmem.viz.chart.BandPoint;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.scale.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link LineChart}, placed.
 *
 * <p>From top to bottom: the title (at most two lines), the plot area, the x axis (ticks, labels,
 * title) and, for a bottom legend, the legend. Left of the plot area: the turned y axis title and
 * the y tick labels; right of it, a right legend. The plot area takes all the space left, at least
 * 160 x 120 pixels; when the legend or that minimum needs more height than given, the figure grows
 * taller. Lines and bands are clipped to the plot area, so data outside a fixed domain never covers
 * the axes or the legend. Charts meant to be shown one above the other can be laid out together
 * ({@link #aligned}) so that their plot areas share left and right edges.
 *
 * @param width the figure width
 * @param height the figure height, at least the height asked for
 * @param title the title lines
 * @param plot the plot area
 * @param x the x axis
 * @param y the y axis
 * @param series the series, in chart order
 * @param bands the bands, in chart order, drawn under the series
 * @param legend the legend, outside the plot area
 */
public record LineChartLayout(
        double width,
        double height,
        List<TextItem> title,
        Rect plot,
        AxisLayout x,
        AxisLayout y,
        List<SeriesLayout> series,
        List<BandLayout> bands,
        LegendLayout legend) {

    /** Copies the lists. */
    public LineChartLayout {
        title = List.copyOf(title);
        series = List.copyOf(series);
        bands = List.copyOf(bands);
    }

    /**
     * Lays out charts that will be shown one above the other, each as wide as the figure, so that
     * their plot areas start and end at the same x: each chart gets the largest left and right
     * margins any of them needs.
     *
     * @param charts the charts, at least one
     * @param width the figure width, the same for all
     * @param heights the height wanted for each chart, as many as charts
     * @return the layouts, in chart order
     */
    public static List<LineChartLayout> aligned(List<LineChart> charts, double width, List<Double> heights) {
        if (charts.isEmpty() || charts.size() != heights.size()) {
            throw new IllegalArgumentException("aligned line charts: expected at least one chart and one height per chart,"
                    + " got " + charts.size() + " charts and " + heights.size() + " heights");
        }
        double left = 0;
        double right = 0;
        for (int i = 0; i < charts.size(); i++) {
            LineChartLayout alone = of(charts.get(i), width, heights.get(i), 0, 0);
            left = Math.max(left, alone.plot().x());
            right = Math.max(right, width - alone.plot().right());
        }
        List<LineChartLayout> layouts = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            layouts.add(of(charts.get(i), width, heights.get(i), left, right));
        }
        return List.copyOf(layouts);
    }

    /**
     * Lays out a chart.
     *
     * @param chart the chart
     * @param width the figure width, enough for a plot area 160 pixels wide
     * @param height the figure height wanted
     * @return the layout
     */
    public static LineChartLayout of(LineChart chart, double width, double height) {
        return of(chart, width, height, 0, 0);
    }

    private static LineChartLayout of(LineChart chart, double width, double height, double minLeft, double minRight) {
        String where = "line chart \"" + chart.title() + "\"";
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException(where + ": expected a finite figure width and height > 0, got "
                    + width + " x " + height);
        }
        Extent extent = Extent.of(chart, where);
        TitleBlock titleBlock = TitleBlock.of(chart.title(), width);
        LegendPlan legend = LegendPlan.of(chart.legend().placement(),
                chart.legend().groupsFor(chart.series()), SwatchShape.LINE, width);
        double plotTop = titleBlock.bottom() + Metrics.TITLE_GAP;
        double decorations = Metrics.belowPlot() + legend.bottomSpace() + Metrics.PADDING;
        double plotHeight =
                Math.max(Math.max(Metrics.MIN_PLOT_HEIGHT, legend.besideHeight()), height - plotTop - decorations);

        Axes.Resolved yTicks = Axes.resolveVertical(chart.y(), extent.yMin(), extent.yMax(), plotHeight);
        double plotLeft = Math.max(minLeft, Metrics.PADDING + Metrics.AXIS_TITLE_SIZE + Metrics.AXIS_TITLE_GAP
                + Axes.widestLabel(yTicks) + Metrics.TICK_GAP + Metrics.TICK_LENGTH);
        double overhang = 0;
        while (true) {
            double legendGap = Math.max(Metrics.LEGEND_GAP, overhang + Metrics.LABEL_SPACING / 2);
            double rightMargin = Math.max(minRight,
                    Math.max(legend.rightSpace(legendGap) + Metrics.PADDING, overhang + Metrics.TICK_GAP));
            Rect plot = new Rect(plotLeft, plotTop, width - rightMargin - plotLeft, plotHeight);
            if (plot.width() < Metrics.MIN_PLOT_WIDTH) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: a figure %.0f pixels wide leaves the plot area %.0f pixels, expected at least %.0f: "
                                + "make the figure wider or put the legend at the bottom",
                        where, width, plot.width(), Metrics.MIN_PLOT_WIDTH));
            }
            Axes.Resolved xTicks = Axes.resolveHorizontal(chart.x(), extent.xMin(), extent.xMax(), plot.x(), plot.right());
            AxisLayout xAxis = Axes.bottom(xTicks, chart.x(), plot);
            double reach = Axes.overhang(xAxis, plot.right());
            if (reach <= overhang) {
                AxisLayout yAxis = Axes.left(yTicks, chart.y(), plot);
                List<SeriesLayout> series = chart.series().stream()
                        .map(one -> place(one, chart, xAxis.scale(), yAxis.scale(), plot))
                        .toList();
                List<BandLayout> bands = chart.bands().stream()
                        .map(one -> place(one, chart, xAxis.scale(), yAxis.scale(), plot))
                        .toList();
                return new LineChartLayout(width, plot.bottom() + decorations, titleBlock.lines(), plot, xAxis, yAxis,
                        series, bands, legend.place(plot, legendGap, width));
            }
            overhang = reach;
        }
    }

    /** The smallest and largest x and y over the points (of lines and band bounds) both axes can show. */
    private record Extent(double xMin, double xMax, double yMin, double yMax) {

        static Extent of(LineChart chart, String where) {
            List<Point> all = new ArrayList<>();
            chart.series().forEach(series -> all.addAll(series.points()));
            for (Band band : chart.bands()) {
                for (BandPoint point : band.points()) {
                    all.add(new Point(point.x(), point.low()));
                    all.add(new Point(point.x(), point.high()));
                }
            }
            List<Point> shown = all.stream().filter(point -> drawable(point, chart)).toList();
            if (shown.isEmpty()) {
                throw new IllegalArgumentException(where + ": expected at least one point that the axes can show, got"
                        + " none (a log axis cannot show values <= 0)");
            }
            return new Extent(
                    shown.stream().mapToDouble(Point::x).min().orElseThrow(),
                    shown.stream().mapToDouble(Point::x).max().orElseThrow(),
                    shown.stream().mapToDouble(Point::y).min().orElseThrow(),
                    shown.stream().mapToDouble(Point::y).max().orElseThrow());
        }
    }

    private static boolean drawable(Point point, LineChart chart) {
        return chart.x().type().accepts(point.x()) && chart.y().type().accepts(point.y());
    }

    private static SeriesLayout place(Series series, LineChart chart, Scale xScale, Scale yScale, Rect plot) {
        List<List<Pixel>> lines = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        double radius = series.width() + 1;
        List<Point> run = new ArrayList<>();
        List<Point> points = new ArrayList<>(series.points());
        points.add(new Point(Double.NaN, Double.NaN)); // a final gap ends the last run
        for (Point point : points) {
            if (drawable(point, chart)) {
                run.add(point);
                continue;
            }
            List<Pixel> pixels = run.stream().map(p -> new Pixel(xScale.map(p.x()), yScale.map(p.y()))).toList();
            lines.addAll(Clip.polyline(pixels, plot));
            for (int i = 0; i < run.size(); i++) {
                Pixel at = pixels.get(i);
                if ((series.markers() || run.size() == 1) && Clip.inside(at, plot)) {
                    markers.add(new Marker(at, radius, tooltip(series.name(), run.get(i), chart.x(), chart.y())));
                }
            }
            run.clear();
        }
        return new SeriesLayout(
                series.name(), series.colour(), series.dash(), series.width(), lines, markers, series.points());
    }

    private static BandLayout place(Band band, LineChart chart, Scale xScale, Scale yScale, Rect plot) {
        List<List<Pixel>> polygons = new ArrayList<>();
        List<BandPoint> run = new ArrayList<>();
        List<BandPoint> points = new ArrayList<>(band.points());
        points.add(new BandPoint(Double.NaN, Double.NaN, Double.NaN)); // a final gap ends the last run
        for (BandPoint point : points) {
            if (point.isDefined() && chart.x().type().accepts(point.x()) && chart.y().type().accepts(point.low())
                    && chart.y().type().accepts(point.high())) {
                run.add(point);
                continue;
            }
            if (run.size() >= 2) {
                List<Pixel> outline = new ArrayList<>();
                run.forEach(p -> outline.add(new Pixel(xScale.map(p.x()), yScale.map(p.high()))));
                for (int i = run.size() - 1; i >= 0; i--) {
                    outline.add(new Pixel(xScale.map(run.get(i).x()), yScale.map(run.get(i).low())));
                }
                List<Pixel> clipped = Clip.polygon(outline, plot);
                if (!clipped.isEmpty()) {
                    polygons.add(clipped);
                }
            }
            run.clear();
        }
        return new BandLayout(band.name(), band.colour(), band.opacity(), polygons, band.points());
    }

    private static String tooltip(String name, Point point, Axis x, Axis y) {
        return name + ": " + x.label() + " " + x.format().precise(point.x()) + ", " + y.label() + " "
                + y.format().precise(point.y());
    }
}
