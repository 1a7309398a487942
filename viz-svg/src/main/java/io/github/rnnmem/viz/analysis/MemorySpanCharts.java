package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.Band;
import io.github.rnnmem.viz.chart.BandPoint;
import io.github.rnnmem.viz.chart.Legend;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.Require;
import io.github.rnnmem.viz.scale.TickFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The two panels of the memory-span figure, one colour per model.
 *
 * <ul>
 *   <li>(a) the answer's top-1 accuracy against the distance from its cue, 95% intervals as bands,
 *       with chance ({@code 1/P}, dashed grey) and the level the span asks for (dotted grey); the
 *       legend gives each model's memory span.
 *   <li>(b) the cue's connectivity per character relative to fillers at the same distance (median
 *       over the bucket's pairs, log scale), trained weights solid, initial weights dashed; the
 *       grey line at 1 is where the cue weighs no more than a filler would.
 * </ul>
 */
public final class MemorySpanCharts {

    /** The colour of the reference lines: chance, level, ratio 1. */
    public static final Colour REFERENCE = Colour.parse("#808080");
    /** The dash of chance and of the untrained weights. */
    public static final String DASHED = "6 4";
    /** The dash of the level. */
    public static final String DOTTED = "2 3";

    private MemorySpanCharts() {}

    /**
     * Panel (a): accuracy by distance.
     *
     * @param spans the models, at least one
     * @param chance the accuracy of a guess among the answers, {@code 1/P}
     * @param level the accuracy the memory span asks for
     * @param knownChars the known characters of the answer where accuracy is measured
     * @return the chart
     */
    public static LineChart accuracy(List<MemorySpan> spans, double chance, double level, int knownChars) {
        List<MemorySpan> checked = Require.nonEmpty(spans, "memory spans");
        List<Band> bands = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (MemorySpan span : checked) {
            Colour colour = span.unit().colour();
            List<Point> points = new ArrayList<>();
            List<BandPoint> interval = new ArrayList<>();
            for (SpanPoint point : span.accuracy()) {
                points.add(new Point(point.distance(), point.accuracy()));
                interval.add(new BandPoint(point.distance(), point.lower(), point.upper()));
                range[0] = Math.min(range[0], point.distance());
                range[1] = Math.max(range[1], point.distance());
            }
            bands.add(new Band(span.unit().label() + ": 95% interval", colour, KnownCharsChart.BAND_OPACITY, interval));
            series.add(new Series(span.unit().label(), colour, null, 2, points, true));
            models.add(new LegendKey(span.unit().label() + ": span " + spanText(span.span()), colour, null, 2.5));
        }
        String chanceName = "chance (1/" + Math.round(1 / chance) + ")";
        String levelName = "level " + TickFormat.PERCENT.precise(level);
        series.add(0, new Series(chanceName, REFERENCE, DASHED, 1.5, List.of(new Point(range[0], chance),
                new Point(range[1], chance)), false));
        series.add(1, new Series(levelName, REFERENCE, DOTTED, 1.5, List.of(new Point(range[0], level),
                new Point(range[1], level)), false));
        List<LegendGroup> groups = List.of(new LegendGroup("memory span", models),
                new LegendGroup("reference", List.of(new LegendKey(chanceName, REFERENCE, DASHED, 1.5),
                        new LegendKey(levelName, REFERENCE, DOTTED, 1.5))));
        String where = knownChars == 0 ? "at the space before it" : "at its first letter";
        return new LineChart("(a) Top-1 accuracy of the answer, " + where + ", by distance from its cue",
                Axis.linear("distance from cue to answer (characters)"),
                Axis.linear("top-1 accuracy").withDomain(0, 1).withFormat(TickFormat.PERCENT), series, bands,
                Legend.grouped(LegendPlacement.BOTTOM, groups));
    }

    /**
     * Panel (b): the cue's relative connectivity by distance.
     *
     * @param spans the models, at least one
     * @return the chart
     */
    public static LineChart connectivity(List<MemorySpan> spans) {
        List<MemorySpan> checked = Require.nonEmpty(spans, "memory spans");
        List<Series> series = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean untrained = false;
        for (MemorySpan span : checked) {
            Colour colour = span.unit().colour();
            span.accuracy().forEach(point -> {
                range[0] = Math.min(range[0], point.distance());
                range[1] = Math.max(range[1], point.distance());
            });
            if (span.untrainedCueConnectivity().stream().anyMatch(Point::isDefined)) {
                untrained = true;
                series.add(new Series(span.unit().label() + " untrained", colour, DASHED, 1.5,
                        span.untrainedCueConnectivity(), false));
            }
            if (span.cueConnectivity().stream().anyMatch(Point::isDefined)) {
                series.add(new Series(span.unit().label(), colour, null, 2, span.cueConnectivity(), true));
            }
            models.add(new LegendKey(span.unit().label(), colour, null, 2.5));
        }
        series.add(0, new Series("as fillers (1)", REFERENCE, DOTTED, 1.5, List.of(new Point(range[0], 1),
                new Point(range[1], 1)), false));
        List<LegendGroup> groups = new ArrayList<>();
        groups.add(new LegendGroup("model", models));
        List<LegendKey> weights = new ArrayList<>(List.of(new LegendKey("trained", REFERENCE, null, 2)));
        if (untrained) {
            weights.add(new LegendKey("untrained (initial)", REFERENCE, DASHED, 1.5));
        }
        weights.add(new LegendKey("as fillers (1)", REFERENCE, DOTTED, 1.5));
        groups.add(new LegendGroup("weights", weights));
        return new LineChart("(b) Cue's connectivity per character, relative to fillers at the same distance (median)",
                Axis.linear("distance from cue to answer (characters)"), Axis.log("ratio (log)"), series,
                Legend.grouped(LegendPlacement.BOTTOM, groups));
    }

    /**
     * A span as the legend writes it.
     *
     * @param span characters, or NaN for none
     * @return such as {@code 60 chars} or {@code none}
     */
    static String spanText(double span) {
        return Double.isNaN(span) ? "none" : TickFormat.NUMBER.precise(span) + " chars";
    }
}
