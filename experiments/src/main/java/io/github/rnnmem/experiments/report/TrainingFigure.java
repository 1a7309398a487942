package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.training.TrainingLog;
import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.Legend;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import java.util.ArrayList;
import java.util.List;

/**
 * Loss against training step, one colour per unit: the training loss as a running mean of the
 * last {@code k} steps (solid), and the validation loss where it was measured (dashed, with
 * points). With several seeds every seed has its own pair of lines.
 */
final class TrainingFigure {

    private static final String VALIDATION_DASH = "6 4";

    private TrainingFigure() {}

    /**
     * The window of the running mean: about a fiftieth of the run, at least one step.
     *
     * @param steps the steps trained
     * @return {@code k}
     */
    static int window(long steps) {
        return (int) Math.max(1, Math.round(steps / 50.0));
    }

    /**
     * The running mean of the training loss over the last {@code window} rows.
     *
     * @param rows the training log
     * @param window {@code k}
     * @return one point per row: (step, mean loss of the rows up to it, at most {@code k} of them)
     */
    static List<Point> smoothed(List<TrainingLog.Row> rows, int window) {
        List<Point> points = new ArrayList<>(rows.size());
        double sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            sum += rows.get(i).trainLoss();
            if (i >= window) {
                sum -= rows.get(i - window).trainLoss();
            }
            points.add(new Point(rows.get(i).step(), sum / Math.min(i + 1, window)));
        }
        return points;
    }

    static LineChart chart(RunSummary summary, UnitColours colours) {
        long steps = summary.units().stream().mapToLong(UnitSummary::steps).max().orElse(1);
        int window = window(steps);
        List<Series> series = new ArrayList<>();
        for (UnitSummary unit : summary.units()) {
            if (unit.training().isEmpty()) {
                continue;
            }
            String name = unit.task().name(summary.severalSeeds());
            Colour colour = colours.of(unit.task().model());
            List<Point> train = smoothed(unit.training(), window);
            if (train.stream().anyMatch(point -> Double.isFinite(point.y()))) {
                series.add(new Series(name + " train", colour, null, 1.5, train, false));
            }
            List<Point> validation = unit.training().stream()
                    .filter(TrainingLog.Row::validated)
                    .map(row -> new Point(row.step(), row.validLoss()))
                    .toList();
            if (validation.stream().anyMatch(point -> Double.isFinite(point.y()))) {
                series.add(new Series(name + " validation", colour, VALIDATION_DASH, 2, validation, true));
            }
        }
        List<LegendKey> units = colours.labels().stream().map(label -> new LegendKey(label, colours.of(label), null, 2)).toList();
        List<LegendKey> curves = List.of(
                new LegendKey(window == 1 ? "train (every step)" : "train (mean of " + window + " steps)",
                        Colour.parse("#555555"), null, 1.5),
                new LegendKey("validation", Colour.parse("#555555"), VALIDATION_DASH, 2));
        return new LineChart(
                "Cross entropy while training",
                Axis.linear("training step"),
                Axis.linear("cross entropy (nats per character)"),
                series,
                Legend.grouped(LegendPlacement.RIGHT, List.of(new LegendGroup("unit", units), new LegendGroup("loss", curves))));
    }
}
