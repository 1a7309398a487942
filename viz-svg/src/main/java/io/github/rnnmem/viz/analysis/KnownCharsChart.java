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
 * The chart of accuracy given known characters, as the article draws it: accuracy (y, percent)
 * against the number of characters of the word already seen (x), one colour per model, one dash
 * pattern per top-k (top-1 solid, top-2 {@code "8 8"}, top-3 {@code "2 2"}).
 *
 * <p>Drawn in this order, later on top: 95% Wilson intervals as translucent bands in the model's
 * colour, the prefix-frequency baseline in grey, published curves (thinner, in a lighter tint of
 * their unit's colour, labelled as published), then the run's own models. The legend, under the
 * chart, names the models by colour and the top-k by dash.
 */
public final class KnownCharsChart {

    /** The baseline's colour, whatever its tag says. */
    public static final Colour BASELINE = Colour.parse("#8C8C8C");
    /** Dash patterns by top-k (index 0 is top-1); further k repeat the last patterns. */
    public static final List<String> DASHES = List.of("", "8 8", "2 2", "8 3 2 3", "12 4");
    /** How far published curves are tinted towards white. */
    public static final double PUBLISHED_TINT = 0.45;
    /** The opacity of interval bands. */
    public static final double BAND_OPACITY = 0.14;

    private static final double WIDTH = 2;
    private static final double BASELINE_WIDTH = 1.75;
    private static final double PUBLISHED_WIDTH = 1.25;
    private static final Colour KEY_GREY = Colour.parse("#444444");

    private KnownCharsChart() {}

    /**
     * The dash pattern of a top-k curve.
     *
     * @param topK k, at least 1
     * @return the pattern, null for solid
     */
    public static String dash(int topK) {
        String pattern = DASHES.get(Math.min(topK, DASHES.size()) - 1);
        return pattern.isEmpty() ? null : pattern;
    }

    /**
     * Builds the chart.
     *
     * @param units the run's models, in legend order; may be empty when {@code published} is not
     * @param baseline the prefix-frequency baseline, or null for none
     * @param published published curves to draw beside the run's, such as the article's; may be
     *     empty
     * @return the chart
     */
    public static LineChart of(List<KnownCharsResult> units, KnownCharsResult baseline, List<KnownCharsResult> published) {
        List<KnownCharsResult> own = List.copyOf(Require.present(units, "known-characters chart: units"));
        List<KnownCharsResult> reference = List.copyOf(Require.present(published, "known-characters chart: published"));
        if (own.isEmpty() && reference.isEmpty()) {
            throw new IllegalArgumentException("known-characters chart: expected at least one model's curves, got none");
        }
        List<KnownCharsResult> all = new ArrayList<>(own);
        all.addAll(reference);
        if (baseline != null) {
            all.add(baseline);
        }
        int maxKnown = all.stream().flatMap(r -> r.curves().stream()).mapToInt(c -> c.points().size() - 1).max()
                .orElseThrow();
        int maxK = all.stream().mapToInt(r -> r.curves().size()).max().orElseThrow();

        List<Band> bands = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        if (baseline != null) {
            bands.addAll(bands(baseline, BASELINE));
            series.addAll(lines(baseline, BASELINE, BASELINE_WIDTH, ""));
        }
        for (KnownCharsResult result : reference) {
            series.addAll(lines(result, result.unit().colour().mix(Colour.WHITE, PUBLISHED_TINT), PUBLISHED_WIDTH, ""));
        }
        for (KnownCharsResult result : own) {
            bands.addAll(bands(result, result.unit().colour()));
        }
        for (KnownCharsResult result : own) {
            series.addAll(lines(result, result.unit().colour(), WIDTH, ""));
        }
        boolean intervals = !bands.isEmpty();

        List<LegendGroup> groups = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        own.forEach(r -> models.add(new LegendKey(r.unit().label(), r.unit().colour(), null, 2.5)));
        if (baseline != null) {
            models.add(new LegendKey(baseline.unit().label(), BASELINE, null, 2.5));
        }
        if (!models.isEmpty()) {
            groups.add(new LegendGroup("model", models));
        }
        if (!reference.isEmpty()) {
            groups.add(new LegendGroup("published, padding not excluded", reference.stream()
                    .map(r -> new LegendKey(r.unit().label(), r.unit().colour().mix(Colour.WHITE, PUBLISHED_TINT), null,
                            PUBLISHED_WIDTH + 0.5))
                    .toList()));
        }
        List<LegendKey> dashes = new ArrayList<>();
        for (int k = 1; k <= maxK; k++) {
            dashes.add(new LegendKey("top-" + k, KEY_GREY, dash(k), 2));
        }
        groups.add(new LegendGroup(intervals ? "suggestions (band: 95% CI)" : "suggestions", dashes));
        return new LineChart("Accuracy given known characters of the word",
                Axis.linear("characters seen of the word").withDomain(0, Math.max(1, maxKnown)),
                Axis.linear("accuracy").withDomain(0, 1).withFormat(TickFormat.PERCENT),
                series, bands, Legend.grouped(LegendPlacement.BOTTOM, groups));
    }

    private static List<Series> lines(KnownCharsResult result, Colour colour, double width, String suffix) {
        List<Series> lines = new ArrayList<>();
        for (AccuracyCurve curve : result.curves()) {
            List<Point> points = curve.points().stream().map(p -> new Point(p.known(), p.accuracy())).toList();
            if (points.stream().anyMatch(Point::isDefined)) {
                lines.add(new Series(result.unit().label() + " top-" + curve.topK() + suffix, colour, dash(curve.topK()),
                        width, points, false));
            }
        }
        return lines;
    }

    private static List<Band> bands(KnownCharsResult result, Colour colour) {
        List<Band> bands = new ArrayList<>();
        for (AccuracyCurve curve : result.curves()) {
            List<BandPoint> points = curve.points().stream()
                    .map(p -> new BandPoint(p.known(), p.lower(), p.upper()))
                    .toList();
            if (points.stream().anyMatch(BandPoint::isDefined)) {
                bands.add(new Band(result.unit().label() + " top-" + curve.topK() + ": 95% interval", colour,
                        BAND_OPACITY, points));
            }
        }
        return bands;
    }
}
