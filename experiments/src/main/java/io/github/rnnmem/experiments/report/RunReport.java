package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.ReportCanvas;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.RunFiles;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.model.ParameterCounts;
import io.github.rnnmem.experiments.settings.YamlWriter;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.render.Figures;
import io.github.rnnmem.viz.report.Column;
import io.github.rnnmem.viz.report.Report;
import io.github.rnnmem.viz.report.Table;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Writes a run's report from its files: {@code results.md}, the figures of every analysis (drawn
 * by the analyses themselves, {@link Analysis#draw}), {@code figures/training.svg}, {@code
 * figures/parameters.svg}, and {@code report.html}, which holds the same figures inline with the
 * interactive connectivity view. Only files are read; the same files give the same bytes.
 */
public final class RunReport {

    private final RunSummary summary;
    private final ResultsTable results;
    private final List<Analysis<?>> analyses;
    private final List<Integer> positions;

    /**
     * Prepares the report of a run.
     *
     * @param summary the run
     * @param analyses the analyses whose parts are drawn, in order
     * @param positions positions of the analysed text to draw connectivity figures for; empty for
     *     the experiment's {@code report.positions}
     */
    public RunReport(RunSummary summary, List<Analysis<?>> analyses, List<Integer> positions) {
        this.summary = summary;
        this.results = new ResultsTable(summary);
        this.analyses = List.copyOf(analyses);
        this.positions = List.copyOf(positions);
    }

    /**
     * The results table.
     *
     * @return the table
     */
    public ResultsTable results() {
        return results;
    }

    /**
     * Writes every file of the report.
     *
     * @param run the run directory
     * @throws IOException if a file cannot be written
     */
    public void write(RunDirectory run) throws IOException {
        AtomicFiles.writeString(run.results(), "# " + summary.name() + ": test results\n\n" + results.markdown() + "\n"
                + CROSS_ENTROPY_NOTE + "\n");
        Report report = new Report("rnnmem: " + summary.name());
        summary.provenance().forEach(report::fact);
        report.fact("corpus", summary.dataset().corpus());
        RecordedExperiment experiment = RecordedExperiment.read(run.experiment());
        Report.Section section = report.section("Results")
                .paragraph(CROSS_ENTROPY_NOTE)
                .table(new Table(columns(), results.rows()));
        RunFiles files = files(run, experiment);
        validationLosses(experiment, files).ifPresent(section::paragraph);
        ReportCanvas canvas = new ReportCanvas() {
            @Override
            public Report.Section section(String heading) {
                return report.section(heading);
            }

            @Override
            public void figure(String fileName, SvgDocument svg) throws IOException {
                svg.write(run.figures().resolve(fileName));
            }
        };
        for (Analysis<?> analysis : analyses) {
            analysis.draw(files, canvas);
        }
        if (summary.units().stream().anyMatch(u -> !u.training().isEmpty())) {
            SvgDocument training = Figures.lineChart(TrainingFigure.chart(summary, new UnitColours(summary.units())));
            training.write(run.figures().resolve("training.svg"));
            report.section("Training").figure(training, "Cross entropy on the training batches (running mean) and on the"
                    + " fixed validation subset, per unit.");
        }
        if (!summary.units().isEmpty()) {
            SvgDocument parameters = Figures.barChart(ParametersFigure.chart(summary));
            parameters.write(run.figures().resolve("parameters.svg"));
            report.section("Models").figure(parameters, "Parameters of every model in the article's columns.")
                    .table(parameterTable());
        }
        report.section("Dataset").table(datasetTable());
        report.write(run.report());
    }

    /**
     * The units' final validation losses, a warning when they lie further apart than {@code
     * analysis.loss_margin}, and the weights the analyses used, as their files record them.
     */
    private Optional<String> validationLosses(RecordedExperiment experiment, RunFiles files) {
        List<String> losses = new ArrayList<>();
        DoubleSummaryStatistics range = new DoubleSummaryStatistics();
        List<UnitSummary> current = summary.units().stream().filter(UnitSummary::current).toList();
        for (int i = 0; i < current.size(); i++) {
            UnitSummary unit = current.get(i);
            OptionalDouble loss = unit.finalValidationLoss();
            if (loss.isPresent()) {
                range.accept(loss.getAsDouble());
                losses.add(String.format(Locale.ROOT, "%s %.4f%s", files.units().get(i).tag().label(), loss.getAsDouble(),
                        analysedStep(files.units().get(i)).stream()
                                .mapToObj(step -> String.format(Locale.ROOT, " (analysed at step %,d)", step))
                                .findFirst().orElse("")));
            }
        }
        if (range.getCount() < 2) {
            return Optional.empty();
        }
        String text = "Final validation loss (nats per character): " + String.join(", ", losses) + ".";
        if (range.getMax() - range.getMin() > experiment.lossMargin()) {
            text += String.format(Locale.ROOT, " The losses lie %.4f apart, more than analysis.loss_margin (%s): %s",
                    range.getMax() - range.getMin(), experiment.lossMargin(), experiment.matchedLoss()
                            ? "the analyses compare each unit where its validation loss first reached the worst unit's"
                                    + " final loss (analysis.at: matched-loss)."
                            : "the analyses below compare units trained to different losses; analysis.at: matched-loss"
                                    + " compares them at the same loss.");
        }
        return Optional.of(text);
    }

    /** The step of the weights a unit's analyses were computed from, as their files say. */
    private OptionalLong analysedStep(UnitFiles unit) {
        for (Analysis<?> analysis : analyses) {
            Path file = unit.directory().resolve(analysis.fileName());
            if (Files.isRegularFile(file)) {
                return OptionalLong.of(ResultFile.read(file).getAsJsonObject("from").get("steps").getAsLong());
            }
        }
        return OptionalLong.empty();
    }

    /**
     * The run's files as the analyses read them: the units trained on the run's dataset ({@link
     * UnitSummary#current()}), in order, each with its tag.
     */
    private RunFiles files(RunDirectory run, RecordedExperiment experiment) {
        UnitColours colours = new UnitColours(summary.units());
        boolean severalSeeds = experiment.seeds().size() > 1;
        List<UnitFiles> units = new ArrayList<>();
        for (UnitSummary unit : summary.units()) {
            if (!unit.current()) {
                continue;
            }
            String label = unit.model().label();
            UnitTag tag = new UnitTag(severalSeeds ? label + " seed " + unit.model().seed() : label, unit.model().unit(),
                    colours.of(label));
            units.add(new UnitFiles(tag, unit.model().seed(), run.unit(label, unit.model().seed(), severalSeeds).root()));
        }
        return new RunFiles(run.root(), units, experiment.published(),
                positions.isEmpty() ? experiment.positions() : positions);
    }

    private static final String CROSS_ENTROPY_NOTE = "Cross entropy is the mean over test sequences of the mean negative"
            + " log-likelihood (nats) of their known targets, as in the article. The article's accuracy counts <unknown>"
            + " targets as misses; the masked accuracy leaves them out, as the loss does.";

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < ResultsTable.HEADER.size(); i++) {
            columns.add(i == 0 ? Column.text(ResultsTable.HEADER.get(i)) : Column.number(ResultsTable.HEADER.get(i)));
        }
        return columns;
    }

    private Table parameterTable() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        summary.units().forEach(unit -> {
            ParameterCounts counts = unit.model().parameters();
            rows.putIfAbsent(unit.model().label(), List.of(unit.model().label(), unit.model().unit(),
                    String.valueOf(unit.model().layers()), YamlWriter.inline(unit.model().settings()), count(counts.embedding()),
                    count(counts.recurrent()), count(counts.dense()), count(counts.total())));
        });
        return new Table(List.of(Column.text("model"), Column.text("unit"), Column.number("layers"), Column.text("settings"),
                Column.number("embedding"), Column.number("recurrent"), Column.number("dense"), Column.number("total")),
                List.copyOf(rows.values()));
    }

    private Table datasetTable() {
        var s = summary.dataset().statistics();
        List<List<String>> rows = List.of(
                List.of("characters", count(s.characters())),
                List.of("words", count(s.words())),
                List.of("distinct words", count(s.distinctWords())),
                List.of("vocabulary", count(s.vocabularyUsed()) + " words, " + count(s.outputClasses()) + " output classes"),
                List.of("coverage of word occurrences", String.format(Locale.ROOT, "%.2f%%", 100 * s.coverage())),
                List.of("<unknown> targets", String.format(Locale.ROOT, "%.2f%%", 100 * s.unknownTargetShare())),
                List.of("sequences (train / valid / test)", count(s.trainSequences()) + " / " + count(s.validSequences())
                        + " / " + count(s.testSequences())),
                List.of("max length", String.valueOf(s.maxLength())));
        return new Table(List.of(Column.text("dataset"), Column.number("value")), rows);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
