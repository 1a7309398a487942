package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.chart.Axis;
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
 * The two panels of the memory-profile figure, one colour per model.
 *
 * <ul>
 *   <li>(a) the mean share of connectivity at each distance, on log-log axes, for distances 1 to
 *       D; trained weights solid, the untrained initial weights dashed as a reference. Distance 0,
 *       the current character itself, cannot sit on a log axis: its share is written in the legend
 *       beside each model.
 *   <li>(b) the share of connectivity on earlier words against the number of known characters of
 *       the word; the legend gives each model's share at 0 known characters and its median
 *       distance.
 * </ul>
 */
public final class MemoryProfileCharts {

    /** The dash of the untrained reference. */
    public static final String UNTRAINED_DASH = "6 4";

    private static final Colour KEY_GREY = Colour.parse("#444444");

    private MemoryProfileCharts() {}

    /**
     * Panel (a): share by distance.
     *
     * @param profiles the models' profiles, at least one
     * @return the chart
     */
    public static LineChart byDistance(List<MemoryProfile> profiles) {
        List<MemoryProfile> checked = Require.nonEmpty(profiles, "memory profiles");
        List<Series> series = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        boolean untrained = false;
        for (MemoryProfile profile : checked) {
            Colour colour = profile.unit().colour();
            if (!profile.untrainedShareByDistance().isEmpty()) {
                untrained = true;
                series.add(new Series(profile.unit().label() + " untrained", colour, UNTRAINED_DASH, 1.5,
                        fromDistanceOne(profile.untrainedShareByDistance()), false));
            }
            series.add(new Series(profile.unit().label(), colour, null, 2, fromDistanceOne(profile.shareByDistance()),
                    false));
            String atZero = percent(profile.shareByDistance().get(0));
            if (!profile.untrainedShareByDistance().isEmpty()) {
                atZero += " (untrained " + percent(profile.untrainedShareByDistance().get(0)) + ")";
            }
            models.add(new LegendKey(profile.unit().label() + ": " + atZero, colour, null, 2.5));
        }
        List<LegendGroup> groups = new ArrayList<>();
        groups.add(new LegendGroup("distance 0 (current character)", models));
        if (untrained) {
            groups.add(new LegendGroup("weights", List.of(new LegendKey("trained", KEY_GREY, null, 2),
                    new LegendKey("untrained (initial)", KEY_GREY, UNTRAINED_DASH, 1.5))));
        }
        return new LineChart("(a) Mean share of connectivity by distance",
                Axis.log("distance in characters (log)"), Axis.log("mean share (log)"), series,
                Legend.grouped(LegendPlacement.BOTTOM, groups));
    }

    /**
     * Panel (b): share on earlier words by known characters.
     *
     * @param profiles the models' profiles, at least one
     * @return the chart
     */
    public static LineChart context(List<MemoryProfile> profiles) {
        List<MemoryProfile> checked = Require.nonEmpty(profiles, "memory profiles");
        List<Series> series = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        int maxKnown = 1;
        for (MemoryProfile profile : checked) {
            List<Double> shares = profile.contextShareByKnown();
            maxKnown = Math.max(maxKnown, shares.size() - 1);
            List<Point> points = new ArrayList<>();
            for (int known = 0; known < shares.size(); known++) {
                points.add(new Point(known, shares.get(known)));
            }
            series.add(new Series(profile.unit().label(), profile.unit().colour(), null, 2, points, true));
            models.add(new LegendKey(profile.unit().label() + ": " + percent(profile.contextShareAtZero()) + ", median "
                    + TickFormat.NUMBER.precise(profile.medianDistance()), profile.unit().colour(), null, 2.5));
        }
        return new LineChart("(b) Share of connectivity on earlier words",
                Axis.linear("characters seen of the word").withDomain(0, maxKnown),
                Axis.linear("share on earlier words").withDomain(0, 1).withFormat(TickFormat.PERCENT), series,
                Legend.grouped(LegendPlacement.BOTTOM,
                        List.of(new LegendGroup("at 0 chars; median distance", models))));
    }

    private static List<Point> fromDistanceOne(List<Double> shares) {
        List<Point> points = new ArrayList<>();
        for (int distance = 1; distance < shares.size(); distance++) {
            points.add(new Point(distance, shares.get(distance)));
        }
        return points;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : TickFormat.PERCENT.label(share, 1);
    }
}
