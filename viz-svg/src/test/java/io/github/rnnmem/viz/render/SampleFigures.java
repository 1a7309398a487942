package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.SampleAnalyses;
import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.BarCategory;
import io.github.rnnmem.viz.chart.BarChart;
import io.github.rnnmem.viz.chart.BarComponent;
import io.github.rnnmem.viz.chart.Legend;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.colour.UnitPalette;
import io.github.rnnmem.viz.report.Column;
import io.github.rnnmem.viz.report.ConnectivityView;
import io.github.rnnmem.viz.report.Report;
import io.github.rnnmem.viz.report.Table;
import io.github.rnnmem.viz.scale.TickFormat;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Renders one sample of every figure type, and a report holding them, from synthetic data shaped
 * like the article's: {@code training.svg}, {@code known-chars.svg}, {@code memory-profile.svg},
 * {@code parameters.svg}, the analysis figures {@code analysis-known-chars.svg}, {@code
 * analysis-memory-profile.svg}, {@code connectivity.svg} and {@code connectivity-log.svg}, and
 * {@code report.html} with an interactive connectivity view. For looking at the figures in a
 * browser; run with the output directory as argument.
 */
final class SampleFigures {

    private static final List<String> UNITS = List.of("GRU", "LSTM", "Nested LSTM");
    private static final List<Colour> COLOURS = UnitPalette.colours(3);

    private SampleFigures() {}

    /**
     * Writes the samples.
     *
     * @param args the output directory
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "viz-samples");
        SvgDocument training = Figures.lineChart(training());
        SvgDocument knownChars = Figures.lineChart(knownChars());
        SvgDocument memory = Figures.lineChart(memoryProfile());
        SvgDocument parameters = Figures.barChart(parameters());
        training.write(directory.resolve("training.svg"));
        knownChars.write(directory.resolve("known-chars.svg"));
        memory.write(directory.resolve("memory-profile.svg"));
        parameters.write(directory.resolve("parameters.svg"));
        SvgDocument analysisKnown = Figures.knownChars(SampleAnalyses.knownChars(), SampleAnalyses.baseline(), List.of());
        SvgDocument analysisMemory = Figures.memoryProfile(SampleAnalyses.memoryProfiles());
        SvgDocument connectivity = Figures.connectivity(SampleAnalyses.connectivity(), 106, ConnectivityScale.LINEAR);
        analysisKnown.write(directory.resolve("analysis-known-chars.svg"));
        analysisMemory.write(directory.resolve("analysis-memory-profile.svg"));
        connectivity.write(directory.resolve("connectivity.svg"));
        Figures.connectivity(SampleAnalyses.connectivity(), 106, ConnectivityScale.LOG)
                .write(directory.resolve("connectivity-log.svg"));
        Report report = new Report("Sample run <paper> & friends")
                .fact("rnnmem", "0.1.0-SNAPSHOT")
                .fact("seed", "450849059")
                .fact("engine", "MXNet 1.9.1 (mkl)");
        report.section("Parameters")
                .paragraph("Parameter counts per model, as in the article's table.")
                .table(new Table(
                        List.of(Column.text("model"), Column.number("embedding"), Column.number("recurrent"),
                                Column.number("dense")),
                        List.of(List.of("GRU", "16,200", "4,323,600", "9,847,986"),
                                List.of("LSTM", "16,200", "5,764,800", "9,847,986"),
                                List.of("Nested LSTM", "16,200", "5,764,800", "9,847,986"))))
                .figure(parameters, "Parameters by part of the model.");
        report.section("Training").figure(training, "Cross entropy during training.");
        report.section("Accuracy given known characters").figure(knownChars, "Top-k accuracy by characters seen.");
        report.section("Memory profile").figure(memory, "Mean connectivity by distance.");
        report.section("Analyses")
                .connectivity(new ConnectivityView(SampleAnalyses.connectivity(), 106, ConnectivityScale.LINEAR,
                        List.of(106, 159, 141)))
                .figure(connectivity, "Connectivity at position 106.")
                .figure(analysisKnown, "Accuracy given known characters with 95% intervals.")
                .figure(analysisMemory, "Memory profile.");
        report.write(directory.resolve("report.html"));
    }

    static LineChart training() {
        Random random = new Random(7);
        List<Series> series = new ArrayList<>();
        for (int u = 0; u < 3; u++) {
            double floor = 2.1 + 0.35 * u;
            List<Point> train = new ArrayList<>();
            List<Point> valid = new ArrayList<>();
            for (int step = 0; step <= 14_278; step += 100) {
                double loss = floor + (Math.log(16_386) - floor) * Math.exp(-step / 900.0);
                train.add(new Point(step, loss + 0.08 * random.nextGaussian()));
                if (step % 1000 == 0) {
                    valid.add(new Point(step, loss + 0.05));
                }
            }
            series.add(new Series(UNITS.get(u) + " train", COLOURS.get(u), null, 1.5, train, false));
            series.add(new Series(UNITS.get(u) + " validation", COLOURS.get(u), "8 8", 2, valid, true));
        }
        return new LineChart("Training loss", Axis.linear("step"), Axis.linear("cross entropy"), series,
                Legend.grouped(LegendPlacement.RIGHT, List.of(unitKeys(), new LegendGroup("data", List.of(
                        new LegendKey("train", Colour.parse("#444444"), null, 1.5),
                        new LegendKey("validation", Colour.parse("#444444"), "8 8", 2))))));
    }

    static LineChart knownChars() {
        double[] start = {0.165, 0.167, 0.137};
        double[] peak = {0.678, 0.670, 0.635};
        double[] peakAt = {4, 5, 7};
        List<Series> series = new ArrayList<>();
        String[] dashes = {null, "8 8", "2 2"};
        for (int u = 0; u < 3; u++) {
            for (int k = 0; k < 3; k++) {
                double[] xs = new double[22];
                double[] ys = new double[22];
                for (int n = 0; n <= 21; n++) {
                    double rise = 1 - Math.exp(-n / (peakAt[u] / 2.2));
                    double fall = 0.012 * Math.max(0, n - peakAt[u]);
                    double top1 = start[u] + (peak[u] - start[u]) * rise - fall;
                    xs[n] = n;
                    ys[n] = Math.min(0.99, top1 + k * (0.09 - 0.003 * n) * (1 - top1) * 1.6);
                }
                series.add(new Series(UNITS.get(u) + " top-" + (k + 1), COLOURS.get(u), dashes[k], 2,
                        Point.list(xs, ys), false));
            }
        }
        LegendGroup topK = new LegendGroup("suggestions", List.of(
                new LegendKey("top-1", Colour.parse("#444444"), null, 2),
                new LegendKey("top-2", Colour.parse("#444444"), "8 8", 2),
                new LegendKey("top-3", Colour.parse("#444444"), "2 2", 2)));
        return new LineChart("Accuracy given known characters of the word",
                Axis.linear("characters seen of the word").withDomain(0, 21),
                Axis.linear("accuracy").withDomain(0, 1).withFormat(TickFormat.PERCENT), series,
                Legend.grouped(LegendPlacement.BOTTOM, List.of(unitKeys(), topK)));
    }

    static LineChart memoryProfile() {
        double[] decay = {1.6, 1.9, 2.6};
        List<Series> series = new ArrayList<>();
        Random random = new Random(11);
        for (int u = 0; u < 3; u++) {
            List<Point> points = new ArrayList<>();
            for (int distance = 1; distance <= 200; distance++) {
                double value = Math.pow(distance, -decay[u]) * Math.exp(0.15 * random.nextGaussian());
                points.add(new Point(distance, distance == 120 && u == 2 ? Double.NaN : value));
            }
            series.add(Series.solid(UNITS.get(u), COLOURS.get(u), points));
        }
        return new LineChart("Mean connectivity by distance (test set)", Axis.linear("distance in characters"),
                Axis.log("mean connectivity (row maximum = 1)"), series,
                Legend.perSeries(LegendPlacement.RIGHT));
    }

    static BarChart parameters() {
        List<BarComponent> parts = List.of(
                new BarComponent("embedding", Colour.parse("#9E9E9E")),
                new BarComponent("recurrent", Colour.parse("#2C5F8A")),
                new BarComponent("dense", Colour.parse("#F28E2B")));
        return new BarChart("Parameters per model", "parameters", parts, List.of(
                new BarCategory("GRU", List.of(16_200.0, 4_323_600.0, 9_847_986.0)),
                new BarCategory("LSTM", List.of(16_200.0, 5_764_800.0, 9_847_986.0)),
                new BarCategory("Nested LSTM", List.of(16_200.0, 5_764_800.0, 9_847_986.0))),
                LegendPlacement.BOTTOM);
    }

    private static LegendGroup unitKeys() {
        List<LegendKey> keys = new ArrayList<>();
        for (int u = 0; u < 3; u++) {
            keys.add(new LegendKey(UNITS.get(u), COLOURS.get(u), null, 2.5));
        }
        return new LegendGroup("model", keys);
    }
}
