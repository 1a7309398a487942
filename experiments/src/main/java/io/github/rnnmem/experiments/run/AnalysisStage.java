package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.io.Digests;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.DatasetAnalysis;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The analyse stage of a run: every analysis on every trained unit it applies to, and every
 * dataset analysis once. A result whose file was computed from the same weights (or dataset) with the same
 * settings is kept; any other is computed and written again, so changing {@code analysis:}
 * re-runs only what it affects and never retrains.
 */
final class AnalysisStage {

    private final List<Analysis<?>> analyses;
    private final List<DatasetAnalysis<?>> datasetAnalyses;
    private final ProgressReporter progress;
    private final Console console;

    AnalysisStage(List<Analysis<?>> analyses, List<DatasetAnalysis<?>> datasetAnalyses, ProgressReporter progress,
            Console console) {
        this.analyses = List.copyOf(analyses);
        this.datasetAnalyses = List.copyOf(datasetAnalyses);
        this.progress = progress;
        this.console = console;
    }

    /**
     * Runs the dataset analyses whose results are not current.
     *
     * @param dataset the run's dataset
     * @param config the analysis settings
     * @param root the run directory, where their files go
     * @throws IOException if a result cannot be written
     */
    void analyse(AutocompleteDataset dataset, AnalysisConfig config, Path root) throws IOException {
        JsonObject from = new JsonObject();
        from.addProperty("dataset", Digests.sha256(dataset.key()));
        for (DatasetAnalysis<?> analysis : datasetAnalyses) {
            analyse(analysis, dataset, config, root.resolve(analysis.fileName()), from);
        }
    }

    private <S extends Record> void analyse(DatasetAnalysis<S> analysis, AutocompleteDataset dataset, AnalysisConfig config,
            Path file, JsonObject from) throws IOException {
        S settings = analysis.settings(config);
        JsonObject key = ResultFile.settings(settings);
        if (ResultFile.readCurrent(file, from, key).isEmpty()) {
            long started = System.nanoTime();
            ResultFile.write(file, analysis.name(), from, key, analysis.compute(dataset, settings, progress));
            report(analysis.name(), file, started);
        }
    }

    /**
     * Runs the analyses of a unit whose results are not current.
     *
     * @param unit the trained unit
     * @param config the analysis settings
     * @throws IOException if a result cannot be written
     */
    void analyse(TrainedUnit unit, AnalysisConfig config) throws IOException {
        JsonObject from = unit.training().toJson();
        for (Analysis<?> analysis : analyses) {
            analyse(analysis, unit, config, from);
        }
    }

    private <S extends Record> void analyse(Analysis<S> analysis, TrainedUnit unit, AnalysisConfig config, JsonObject from)
            throws IOException {
        if (!analysis.appliesTo(unit)) {
            return;
        }
        Path file = unit.directory().resolve(analysis.fileName());
        S settings = analysis.settings(config);
        JsonObject key = ResultFile.settings(settings);
        if (ResultFile.readCurrent(file, from, key).isEmpty()) {
            long started = System.nanoTime();
            ResultFile.write(file, analysis.name(), from, key, analysis.compute(unit, settings, progress));
            report(unit.label() + " " + analysis.name(), file, started);
        }
    }

    private void report(String what, Path file, long started) {
        console.out().printf(Locale.ROOT, "%s: %s (%.1f s)%n", what, file.getFileName(), (System.nanoTime() - started) / 1e9);
    }
}
