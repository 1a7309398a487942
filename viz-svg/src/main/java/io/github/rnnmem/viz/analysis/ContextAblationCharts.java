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
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

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
        return panel(ablations, ContextAblation::lossIncrease, ContextAblation::effectiveSpan,
                "tolerance " + TickFormat.NUMBER.precise(tolerance) + " nats", tolerance,
                "(a) Loss increase when the model sees only the last d characters", Axis.linear("loss increase (nats)"),
                "effective span");
    }

    /**
     * Panel (b): connectivity share beyond each window.
     *
     * @param ablations the models, at least one
     * @param shareTolerance the share beyond a window the connectivity span allows
     * @return the chart
     */
    public static LineChart shareBeyond(List<ContextAblation> ablations, double shareTolerance) {
        return panel(ablations, ContextAblation::shareBeyond, ContextAblation::connectivitySpan,
                "tolerated share " + TickFormat.PERCENT.precise(shareTolerance), shareTolerance,
                "(b) Share of connectivity at distances d and more",
                Axis.linear("share beyond d").withDomain(0, 1).withFormat(TickFormat.PERCENT), "connectivity span");
    }

    /**
     * A panel: one line per model (models without a number left out), the tolerance as a dotted
     * line across the windows, the models' spans in the legend under {@code heading}; windows on a
     * log axis.
     */
    private static LineChart panel(List<ContextAblation> ablations, Function<ContextAblation, List<Point>> points,
            ToDoubleFunction<ContextAblation> span, String toleranceName, double tolerance, String title, Axis y,
            String heading) {
        List<ContextAblation> checked = Require.nonEmpty(ablations, "context ablations");
        List<Series> series = new ArrayList<>();
        List<LegendKey> models = new ArrayList<>();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (ContextAblation ablation : checked) {
            Colour colour = ablation.unit().colour();
            ablation.lossIncrease().forEach(point -> widen(range, point));
            if (points.apply(ablation).stream().anyMatch(Point::isDefined)) {
                series.add(new Series(ablation.unit().label(), colour, null, 2, points.apply(ablation), true));
            }
            models.add(new LegendKey(ablation.unit().label() + ": " + MemorySpanCharts.spanText(span.applyAsDouble(ablation)),
                    colour, null, 2.5));
        }
        series.add(0, new Series(toleranceName, MemorySpanCharts.REFERENCE, MemorySpanCharts.DOTTED, 1.5,
                List.of(new Point(range[0], tolerance), new Point(range[1], tolerance)), false));
        return new LineChart(title, Axis.log(X), y, series, Legend.grouped(LegendPlacement.BOTTOM, List.of(
                new LegendGroup(heading, models), new LegendGroup("reference", List.of(new LegendKey(toleranceName,
                        MemorySpanCharts.REFERENCE, MemorySpanCharts.DOTTED, 1.5))))));
    }

    private static void widen(double[] range, Point point) {
        range[0] = Math.min(range[0], point.x());
        range[1] = Math.max(range[1], point.x());
    }
}
