package io.github.rnnmem.experiments.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.data.DatasetStatistics;
import io.github.rnnmem.experiments.evaluation.MostFrequentWordBaseline;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.model.ParameterCounts;
import io.github.rnnmem.experiments.store.DatasetSummary;
import io.github.rnnmem.experiments.store.ModelDescription;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.TrainingLog;
import io.github.rnnmem.viz.chart.BarCategory;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report shows exactly the numbers of the files it is drawn from. */
class RunReportTest {

    @TempDir Path root;
    private RunDirectory run;
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<Integer> seeds = new TreeSet<>();

    @BeforeEach
    void writeRunDirectory() throws IOException {
        run = new RunDirectory(root);
        Files.writeString(run.provenance(), "{\"versions\": {\"rnnmem\": \"1.2.3\"}, \"finished\": null}");
        Files.writeString(run.dataset(), new DatasetSummary("a corpus", Optional.empty(), new DatasetStatistics(1000, 200, 50,
                40, 30, 30, 180, 1000, 90, 20, 2, 3, 40), new MostFrequentWordBaseline("the", 0.125, 0.1)).toJson());
        unit(0, "gru", "gru", 1, new ParameterCounts(270, 4704, 9966), new TestMetrics(2.5, 2.4, 0.5, 0.45, new TestMetrics.Counts(3, 100, 10, 50)));
        unit(1, "lstm", "lstm", 1, new ParameterCounts(270, 6272, 9966), null);
    }

    private void unit(int position, String label, String unit, int seed, ParameterCounts counts, TestMetrics metrics)
            throws IOException {
        unit(position, label, unit, seed, counts, metrics, false);
    }

    private void unit(int position, String label, String unit, int seed, ParameterCounts counts, TestMetrics metrics,
            boolean severalSeeds) throws IOException {
        labels.add(label);
        seeds.add(seed);
        Files.writeString(run.experiment(), "# config hash: abc\nname: demo\nseed: 1\nseeds: " + seeds + "\nunits:\n"
                + labels.stream().map(l -> "  - {unit: gru, label: " + l + "}\n").collect(Collectors.joining()));
        UnitDirectory directory = run.unit(label, seed, severalSeeds);
        Files.createDirectories(directory.root());
        Files.writeString(directory.model(), new ModelDescription(position, label, unit, seed, 1, 10,
                Map.of("hidden", 32), counts).toJson());
        TrainingLog log = new TrainingLog(directory.trainingLog());
        log.truncateAfter(0);
        for (int step = 1; step <= 4; step++) {
            log.append(new TrainingLog.Row(step, step / 10.0, 5.0 - step * (position + 1), step % 2 == 0 ? 4.5 - step : Double.NaN,
                    step * 1.5));
        }
        if (metrics != null) {
            Files.writeString(directory.testMetrics(), metrics.toJson().toString());
        }
    }

    @Test
    void theResultsTableShowsTheTestFilesNumbers() throws IOException {
        RunReport report = new RunReport(RunSummary.load(run), List.of(), List.of());
        report.write(run);
        String markdown = Files.readString(run.results());
        assertThat(markdown)
                .contains("| gru | 1 | 4 | 0.1 min | 2.5000 | 2.4000 | 45.00% | 50.00% |")
                .contains("| lstm | 1 | 4 |  | not tested: training stopped at step 4 (run again to resume) |")
                .contains("| baseline: always \"the\" |  |  |  |  |  | 10.00% | 12.50% |");
    }

    @Test
    void theTrainingFigurePlotsTheLogsValues() throws Exception {
        RunSummary summary = RunSummary.load(run);
        LineChart chart = TrainingFigure.chart(summary, new UnitColours(summary.units()));
        Series gruTrain = chart.series().stream().filter(s -> s.name().equals("gru train")).findFirst().orElseThrow();
        assertThat(gruTrain.points()).containsExactly(new Point(1, 4), new Point(2, 3), new Point(3, 2), new Point(4, 1));
        Series lstmValidation = chart.series().stream().filter(s -> s.name().equals("lstm validation")).findFirst()
                .orElseThrow();
        assertThat(lstmValidation.points()).containsExactly(new Point(2, 2.5), new Point(4, 0.5));
        assertThat(gruTrain.colour().hex()).isEqualToIgnoringCase("#F8766D");

        new RunReport(summary, List.of(), List.of()).write(run);
        for (Path svg : List.of(run.figures().resolve("training.svg"), run.figures().resolve("parameters.svg"), run.report())) {
            assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())).as(svg.toString()).isNotNull();
        }
    }

    @Test
    void theRunningMeanCoversTheLastStepsOfTheWindow() {
        List<TrainingLog.Row> rows = List.of(row(1, 4), row(2, 2), row(3, 6), row(4, 0));
        assertThat(TrainingFigure.smoothed(rows, 2))
                .containsExactly(new Point(1, 4), new Point(2, 3), new Point(3, 4), new Point(4, 3));
        assertThat(TrainingFigure.window(14_278)).isEqualTo(286);
        assertThat(TrainingFigure.window(20)).isEqualTo(1);
    }

    private static TrainingLog.Row row(long step, double loss) {
        return new TrainingLog.Row(step, 0, loss, Double.NaN, 0);
    }

    @Test
    void theParameterFigureShowsTheModelFilesCounts() throws IOException {
        List<BarCategory> bars = ParametersFigure.chart(RunSummary.load(run)).categories();
        assertThat(bars).extracting(BarCategory::name).containsExactly("gru", "lstm");
        assertThat(bars.get(1).values()).containsExactly(270.0, 6272.0, 9966.0);
    }

    @Test
    void severalSeedsShowMeanAndSampleStandardDeviation() throws IOException {
        unit(2, "deep", "gru", 7, new ParameterCounts(270, 4704, 9966), new TestMetrics(2.0, 2.0, 0.40, 0.30, new TestMetrics.Counts(3, 100, 10, 40)),
                true);
        unit(2, "deep", "gru", 8, new ParameterCounts(270, 4704, 9966), new TestMetrics(3.0, 3.0, 0.60, 0.50, new TestMetrics.Counts(3, 100, 10, 60)),
                true);
        String text = new RunReport(RunSummary.load(run), List.of(), List.of()).results().text();
        // mean 2.5, sample standard deviation sqrt(((2-2.5)^2 + (3-2.5)^2) / 1) = 0.7071
        assertThat(text).contains("deep").contains("2.5000 ± 0.7071").contains("40.00% ± 14.14%").contains("50.00% ± 14.14%");
    }

    @Test
    void aDamagedFileIsNamed() throws IOException {
        Files.writeString(run.unit("gru", 1, false).testMetrics(), "{\"cross_entropy\": ");
        assertThatThrownBy(() -> RunSummary.load(run))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(run.unit("gru", 1, false).testMetrics() + " is damaged");
    }

    @Test
    void aDirectoryWithoutExperimentIsNotARun(@TempDir Path empty) {
        assertThatThrownBy(() -> RunSummary.load(new RunDirectory(empty)))
                .hasMessage(empty + " is not a run directory (it has no experiment.yaml)");
    }
}
