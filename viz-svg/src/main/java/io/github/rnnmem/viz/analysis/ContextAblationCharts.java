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
 * The two panels of the context-ablation figure, one colour per model, windows on a log axis.
 *
 * <ul>
 *   <li>(a) the mean loss increase, in nats, when the model sees only the last {@code d}
 *       characters, against {@code d}, with the tolerance of the effective context span (dotted
 *       grey); the legend gives each model's effective context span.
 *   <li>(b) the mean share of connectivity at distances {@code d} and more, with the tolerated
 *       share of the connectivity span; the legend gives each model's connectivity span.
 * </ul>
 */
public final class ContextAblationCharts {

    private static final String X = "window d: characters the model sees (log)";

    private ContextAblationCharts() {}

    /**
     * Panel (a): loss increase by window.
     *
     * @param ablations the models, at least one
     * @param tolerance the loss increase the effective context span allows, in nats
     * @return the chart
     */
    public static LineChart lossIncrease(List<ContextAblation> ablations, double tolerance) {
        List<ContextAblation> checked = Require.nonEmpty(ablations, "context ablations");
        List<Series> series = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (ContextAblation ablation : checked) {
            Colour colour = ablation.unit().colour();
            ablation.lossIncrease().forEach(point -> widen(range, point));
            series.add(new Series(ablation.unit().label(), colour, null, 2, ablation.lossIncrease(), true));
            models.add(new LegendKey(ablation.unit().label() + ": " + MemorySpanCharts.spanText(ablation.effectiveSpan()),
                    colour, null, 2.5));
        }
        String toleranceName = "tolerance " + TickFormat.NUMBER.precise(tolerance) + " nats";
        series.add(0, line(toleranceName, range, tolerance));
        return new LineChart("(a) Loss increase when the model sees only the last d characters", Axis.log(X),
                Axis.linear("loss increase (nats)"), series, Legend.grouped(LegendPlacement.BOTTOM, List.of(
                        new LegendGroup("effective span", models),
                        new LegendGroup("reference", List.of(new LegendKey(toleranceName, MemorySpanCharts.REFERENCE,
                                MemorySpanCharts.DOTTED, 1.5))))));
    }

    /**
     * Panel (b): connectivity share beyond each window.
     *
     * @param ablations the models, at least one
     * @param shareTolerance the share beyond a window the connectivity span allows
     * @return the chart
     */
    public static LineChart shareBeyond(List<ContextAblation> ablations, double shareTolerance) {
        List<ContextAblation> checked = Require.nonEmpty(ablations, "context ablations");
        List<Series> series = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (ContextAblation ablation : checked) {
            Colour colour = ablation.unit().colour();
            ablation.lossIncrease().forEach(point -> widen(range, point));
            if (ablation.shareBeyond().stream().anyMatch(Point::isDefined)) {
                series.add(new Series(ablation.unit().label(), colour, null, 2, ablation.shareBeyond(), true));
            }
            models.add(new LegendKey(ablation.unit().label() + ": "
                    + MemorySpanCharts.spanText(ablation.connectivitySpan()), colour, null, 2.5));
        }
        String toleranceName = "tolerated share " + TickFormat.PERCENT.precise(shareTolerance);
        series.add(0, line(toleranceName, range, shareTolerance));
        return new LineChart("(b) Share of connectivity at distances d and more", Axis.log(X),
                Axis.linear("share beyond d").withDomain(0, 1).withFormat(TickFormat.PERCENT), series,
                Legend.grouped(LegendPlacement.BOTTOM, List.of(new LegendGroup("connectivity span", models),
                        new LegendGroup("reference", List.of(new LegendKey(toleranceName, MemorySpanCharts.REFERENCE,
                                MemorySpanCharts.DOTTED, 1.5))))));
    }

    private static void widen(double[] range, Point point) {
        range[0] = Math.min(range[0], point.x());
        range[1] = Math.max(range[1], point.x());
    }

    private static Series line(String name, double[] range, double y) {
        return new Series(name, MemorySpanCharts.REFERENCE, MemorySpanCharts.DOTTED, 1.5,
                List.of(new Point(range[0], y), new Point(range[1], y)), false);
    }
}
