package io.github.rnnmem.experiments.run;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.DatasetAnalysis;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.AnalysisWeights;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.CorpusSource;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.data.DatasetStatistics;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.evaluation.MostFrequentWordBaseline;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.model.DeviceNames;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.report.RunReport;
import io.github.rnnmem.experiments.report.RunSummary;
import io.github.rnnmem.experiments.store.DatasetSummary;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.SnapshotStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.Environment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Runs an experiment end to end, as stages: dataset (built or reused), then for every unit and
 * seed the train stage ({@link TrainingStage}: trained, resumed or reused, and tested) and the
 * analyse stage ({@link AnalysisStage}), then the report, which reads only files. The run
 * directory is locked while it runs; a unit's results are reused whenever its training identity
 * is unchanged, so adding a unit trains only that unit and changing {@code analysis:} re-runs
 * only the analyses.
 */
public final class ExperimentRunner {

    private final ExperimentConfig config;
    private final Engine engine;
    private final Device device;
    private final CorpusSource corpus;
    private final TaskSettings task;
    private final RunDirectory run;
    private final UnitRegistry units;
    private final List<Analysis<?>> analyses;
    private final List<DatasetAnalysis<?>> datasetAnalyses;
    private final ProgressReporter progress;
    private final Console console;
    private final Environment environment;
    private final Clock clock;

    @Inject
    ExperimentRunner(ExperimentConfig config, Engine engine, Device device, CorpusSource corpus, TaskSettings task,
            RunDirectory run, UnitRegistry units, Set<Analysis<?>> analyses, Set<DatasetAnalysis<?>> datasetAnalyses,
            ProgressReporter progress, Console console, Environment environment, Clock clock) {
        this.config = config;
        this.engine = engine;
        this.device = device;
        this.corpus = corpus;
        this.task = task;
        this.run = run;
        this.units = units;
        this.analyses = List.copyOf(analyses);
        this.datasetAnalyses = List.copyOf(datasetAnalyses);
        this.progress = progress;
        this.console = console;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * Runs the experiment.
     *
     * @param force whether to train every unit from the start, whatever its directory holds
     * @param command the command line, for the provenance record
     * @return 0 when every unit trained, 2 when some diverged
     * @throws Exception if the run directory cannot be written
     */
    public int run(boolean force, String command) throws Exception {
        try (AutoCloseable lock = run.lock()) {
            return runLocked(force, command);
        }
    }

    /**
     * Chooses every unit's weights at matched validation loss, keeps only their snapshots, says what
     * the analyses use, and warns when the units' final validation losses are far apart.
     */
    private WeightChoice matchedWeights(Collection<UnitDirectory> trained) throws IOException {
        Map<UnitDirectory, List<TrainingLog.Row>> logs = new LinkedHashMap<>();
        Map<UnitDirectory, List<Long>> snapshots = new LinkedHashMap<>();
        for (UnitDirectory directory : trained) {
            logs.put(directory, new TrainingLog(directory.trainingLog()).rows());
            snapshots.put(directory, new SnapshotStore(directory.snapshots()).steps());
        }
        WeightChoice matched = WeightChoice.matched(logs, snapshots);
        for (UnitDirectory directory : trained) {
            OptionalLong step = matched.steps().get(directory);
            new SnapshotStore(directory.snapshots()).keepOnly(step.isPresent() ? Set.of(step.getAsLong()) : Set.of());
        }
        DoubleSummaryStatistics losses = logs.values().stream().map(TrainingLog::finalValidationLoss)
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).summaryStatistics();
        if (losses.getCount() > 1 && losses.getMax() - losses.getMin() > config.analysis().lossMargin()) {
            console.warn(String.format(Locale.ROOT, "the units' final validation losses range from %.4f to %.4f, more"
                    + " than analysis.loss_margin (%s) apart: %s", losses.getMin(), losses.getMax(),
                    config.analysis().lossMargin(), config.analysis().at() == AnalysisWeights.MATCHED_LOSS
                            ? "the analyses compare them at matched loss"
                            : "their analyses compare units trained to different losses (analysis.at: matched-loss"
                                    + " compares them at the same loss)"));
        }
        if (config.analysis().at() == AnalysisWeights.MATCHED_LOSS && !logs.isEmpty()) {
            console.out().println(matched.describe(logs));
        }
        return matched;
    }

    private int runLocked(boolean force, String command) throws IOException {
        ModelPlans.checkAll(config, units, engine, device);
        run.claim(config.canonicalYaml(), config.configHash());
        Provenance provenance = Provenance.start(engine, DeviceNames.of(device), config.configHash(), config.seed(),
                config.trainingSeeds(), command, environment.variables(), clock.instant(),
                Provenance.earlierRunsIn(run.provenance(), config.configHash()));
        provenance.write(run.provenance());
        console.out().printf(Locale.ROOT, "experiment %s: %d unit(s) x %d seed(s), %s on %s, results in %s%n",
                config.name(), config.units().size(), config.trainingSeeds().size(), engine.getEngineName(), DeviceNames.of(device),
                run.root());

        AutocompleteDataset dataset = DatasetCache.loadOrBuild(corpus, task, run.data(), progress, console::warn);
        DatasetStatistics statistics = dataset.statistics();
        console.out().printf(Locale.ROOT, "dataset: %,d characters, %,d words, %,d/%,d/%,d sequences, %,d output classes,"
                        + " %.1f%% of words covered%n",
                statistics.characters(), statistics.words(), statistics.sequences(Split.TRAIN),
                statistics.sequences(Split.VALID), statistics.sequences(Split.TEST), statistics.outputClasses(),
                100 * statistics.coverage());
        SplitRequirements.check(corpus.describe(), statistics, task, config.training().batchSize());
        AtomicFiles.writeString(run.dataset(), new DatasetSummary(corpus.describe(),
                Optional.of(Digests.sha256(dataset.key())), statistics,
                MostFrequentWordBaseline.score(dataset.split(Split.TEST), dataset.vocabulary())).toJson());

        AnalysisStage analysis = new AnalysisStage(analyses, datasetAnalyses, progress, console);
        analysis.analyse(dataset, config.analysis(), run.root());
        TrainingStage training = new TrainingStage(config, units, engine, device, progress, console);
        Map<UnitDirectory, UnitConfig> trained = new LinkedHashMap<>();
        int failed = 0;
        boolean severalSeeds = config.trainingSeeds().size() > 1;
        for (int position = 0; position < config.units().size(); position++) {
            UnitConfig unit = config.units().get(position);
            for (int seed : config.trainingSeeds()) {
                UnitDirectory directory = run.unit(unit.label(), seed, severalSeeds);
                if (training.train(dataset, position, unit, directory, force)) {
                    trained.put(directory, unit);
                } else {
                    failed++;
                }
            }
        }

        WeightChoice matched = matchedWeights(trained.keySet());
        TrainedUnits loader = new TrainedUnits(run, config, units, engine, device);
        boolean atMatchedLoss = config.analysis().at() == AnalysisWeights.MATCHED_LOSS;
        for (Map.Entry<UnitDirectory, UnitConfig> entry : trained.entrySet()) {
            OptionalLong step = atMatchedLoss ? matched.steps().get(entry.getKey()) : OptionalLong.empty();
            try (TrainedUnit unit = loader.load(entry.getValue(), entry.getKey().seed(), step, console::warn)) {
                analysis.analyse(unit, config.analysis());
            }
        }

        provenance.finish(clock.instant()).write(run.provenance());
        RunReport report = new RunReport(RunSummary.load(run), analyses, List.of());
        report.write(run);
        console.out().println();
        console.out().print(report.results().text());
        console.out().println("report: " + run.report());
        return failed == 0 ? 0 : 2;
    }
}
