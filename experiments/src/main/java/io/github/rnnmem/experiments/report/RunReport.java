package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.ReportCanvas;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.RunFiles;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.analysis.UnitGroup;
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
     * @return what the console shows of it: the results table, each unit's best setting when the
     *     experiment has a grid, and the tasks still missing
     * @throws IOException if a file cannot be written
     */
    public String write(RunDirectory run) throws IOException {
        RecordedExperiment experiment = RecordedExperiment.read(run.experiment());
        RunFiles files = files(run, experiment);
        SeedsAndSettings seedsAndSettings = new SeedsAndSettings(
                summary.units().stream().filter(UnitSummary::current).toList(), files.units(), analyses);
        MissingTasks missing = new MissingTasks(summary, run);
        StringBuilder markdown = new StringBuilder("# " + summary.name() + ": test results\n\n" + results.markdown()
                + "\n" + CROSS_ENTROPY_NOTE + "\n");
        StringBuilder console = new StringBuilder(results.text());
        Report report = new Report("rnnmem: " + summary.name());
        summary.provenance().forEach(report::fact);
        report.fact("corpus", summary.dataset().corpus());
        Report.Section section = report.section("Results")
                .paragraph(CROSS_ENTROPY_NOTE)
                .table(results.table().html());
        validationLosses(experiment, files).ifPresent(section::paragraph);
        seedsAndSettings.best().ifPresent(best -> {
            markdown.append("\n## Best setting per unit\n\n").append(BEST_NOTE).append("\n\n").append(best.markdown());
            console.append("\nbest setting per unit, chosen on the mean final validation loss:\n").append(best.text());
            report.section("Best setting per unit").paragraph(BEST_NOTE).table(best.html());
        });
        seedsAndSettings.spread().ifPresent(spread -> {
            markdown.append("\n## Over seeds\n\n").append(SPREAD_NOTE).append("\n\n").append(spread.markdown());
            report.section("Over seeds").paragraph(SPREAD_NOTE).table(spread.html());
        });
        if (!missing.isEmpty()) {
            ReportTable table = missing.table();
            markdown.append("\n## Missing\n\n").append(MISSING_NOTE).append("\n\n").append(table.markdown());
            console.append("\n").append(table.rows().size()).append(" task(s) without test results yet:\n")
                    .append(table.text());
            report.section("Missing").paragraph(MISSING_NOTE).table(table.html());
        }
        AtomicFiles.writeString(run.results(), markdown.toString());
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
        return console.toString();
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
        boolean severalSeeds = summary.severalSeeds();
        List<UnitFiles> units = new ArrayList<>();
        Map<String, List<UnitFiles>> byModel = new LinkedHashMap<>();
        for (UnitSummary unit : summary.units()) {
            if (!unit.current()) {
                continue;
            }
            String model = unit.task().model();
            UnitTag tag = new UnitTag(unit.task().name(severalSeeds), unit.model().unit(), colours.of(model));
            UnitFiles files = new UnitFiles(tag, unit.model().seed(), run.root().resolve(unit.task().directory()));
            units.add(files);
            byModel.computeIfAbsent(model, key -> new ArrayList<>()).add(files);
        }
        List<UnitGroup> groups = new ArrayList<>();
        byModel.forEach((model, seeds) -> groups.add(new UnitGroup(new UnitTag(model, seeds.get(0).tag().unit(),
                colours.of(model)), seeds)));
        return new RunFiles(run.root(), units, groups, experiment.published(),
                positions.isEmpty() ? experiment.positions() : positions);
    }

    private static final String CROSS_ENTROPY_NOTE = "Cross entropy is the mean over test sequences of the mean negative"
            + " log-likelihood (nats) of their known targets, as in the article. The article's accuracy counts <unknown>"
            + " targets as misses; the masked accuracy leaves them out, as the loss does.";

    private static final String BEST_NOTE = "For every unit, the setting of the grid with the lowest final validation"
            + " loss (mean over its seeds), and that setting's test results (mean ± standard deviation over seeds): the"
            + " choice never looks at the test split.";

    private static final String SPREAD_NOTE = "Every metric of every model over the seeds it was trained with: mean,"
            + " sample standard deviation and the 95% confidence interval of the mean, mean ± t(0.975, n - 1) sd / √n"
            + " for n seeds (kept at 0 or more, shares and accuracies at 100% or less).";

    private static final String MISSING_NOTE = "Tasks of the experiment without test results yet; the tables and"
            + " figures above leave them out. 'rnnmem run' (or the sweep's jobs, resubmitted with 'rnnmem sweep FILE"
            + " --slurm --submit --missing') finishes them.";

    private Table parameterTable() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        summary.units().forEach(unit -> {
            ParameterCounts counts = unit.model().parameters();
            rows.putIfAbsent(unit.task().model(), List.of(unit.task().model(), unit.model().unit(),
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
