package io.github.rnnmem.experiments.run;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.BatchSampler;
import io.github.rnnmem.experiments.data.CorpusSource;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.data.DatasetStatistics;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.evaluation.Evaluator;
import io.github.rnnmem.experiments.evaluation.MostFrequentWordBaseline;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ParameterCounts;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.report.RunReport;
import io.github.rnnmem.experiments.report.RunSummary;
import io.github.rnnmem.experiments.training.AdamSettings;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingDivergedException;
import io.github.rnnmem.experiments.training.TrainingLog;
import io.github.rnnmem.experiments.training.TrainingOutcome;
import io.github.rnnmem.experiments.training.TrainingPlan;
import io.github.rnnmem.experiments.training.UnitTrainer;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.Environment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;

/**
 * Runs an experiment end to end: claims the run directory, builds or reuses the dataset, trains
 * and tests every unit with every seed (resuming unfinished ones, skipping finished ones), and
 * writes the results table and provenance.
 */
public final class ExperimentRunner {

    private final ExperimentConfig config;
    private final Engine engine;
    private final Device device;
    private final CorpusSource corpus;
    private final TaskSettings task;
    private final RunDirectory run;
    private final UnitRegistry units;
    private final ProgressReporter progress;
    private final Console console;
    private final Environment environment;
    private final Clock clock;

    @Inject
    ExperimentRunner(ExperimentConfig config, Engine engine, Device device, CorpusSource corpus, TaskSettings task,
            RunDirectory run, UnitRegistry units, ProgressReporter progress, Console console, Environment environment,
            Clock clock) {
        this.config = config;
        this.engine = engine;
        this.device = device;
        this.corpus = corpus;
        this.task = task;
        this.run = run;
        this.units = units;
        this.progress = progress;
        this.console = console;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * Runs the experiment.
     *
     * @param force whether to replace the results of a different experiment in the run directory
     * @param command the command line, for the provenance record
     * @return 0 when every unit trained, 2 when some diverged
     * @throws Exception if the run directory cannot be written
     */
    public int run(boolean force, String command) throws Exception {
        try (AutoCloseable lock = run.lock()) {
            return runLocked(force, command);
        }
    }

    private int runLocked(boolean force, String command) throws IOException {
        ModelPlans.checkAll(config, units, engine, device);
        run.claim(config.canonicalYaml(), config.configHash(), force);
        Provenance provenance = Provenance.start(engine, device.toString(), config.configHash(), config.seed(),
                config.trainingSeeds(), command, environment.variables(), clock.instant(),
                Provenance.earlierRunsIn(run.provenance(), config.configHash()));
        provenance.write(run.provenance());
        console.out().printf(Locale.ROOT, "experiment %s: %d unit(s) x %d seed(s), %s on %s, results in %s%n",
                config.name(), config.units().size(), config.trainingSeeds().size(), engine.getEngineName(), device,
                run.root());

        AutocompleteDataset dataset = DatasetCache.loadOrBuild(corpus, task, run.data(), progress, console::warn);
        DatasetStatistics statistics = dataset.statistics();
        console.out().printf(Locale.ROOT, "dataset: %,d characters, %,d words, %,d/%,d/%,d sequences, %,d output classes,"
                        + " %.1f%% of words covered%n",
                statistics.characters(), statistics.words(), statistics.sequences(Split.TRAIN),
                statistics.sequences(Split.VALID), statistics.sequences(Split.TEST), statistics.outputClasses(),
                100 * statistics.coverage());

        AtomicFiles.writeString(run.dataset(), new DatasetSummary(corpus.describe(), statistics,
                dataset.vocabulary().word(MostFrequentWordBaseline.MOST_FREQUENT),
                MostFrequentWordBaseline.score(dataset.split(Split.TEST))).toJson());

        int failed = 0;
        boolean severalSeeds = config.trainingSeeds().size() > 1;
        for (int position = 0; position < config.units().size(); position++) {
            UnitConfig unit = config.units().get(position);
            for (int seed : config.trainingSeeds()) {
                failed += trainAndTest(dataset, position, unit, run.unit(unit.label(), seed, severalSeeds)) ? 0 : 1;
            }
        }

        provenance.finish(clock.instant()).write(run.provenance());
        RunReport report = new RunReport(RunSummary.load(run));
        report.write(run);
        console.out().println();
        console.out().print(report.results().text());
        console.out().println("report: " + run.report());
        return failed == 0 ? 0 : 2;
    }

    /** Trains and tests one unit with one seed; false when its training diverged. */
    private boolean trainAndTest(AutocompleteDataset dataset, int position, UnitConfig unit, UnitDirectory directory)
            throws IOException {
        String name = directory.label() + (config.trainingSeeds().size() > 1 ? " seed " + directory.seed() : "");
        if (tested(directory)) {
            console.out().println(name + ": already trained and tested, skipped");
            return true;
        }
        TrainingConfig training = config.training();
        BatchSampler trainSampler = BatchSampler.training(dataset.split(Split.TRAIN), training.batchSize(), directory.seed());
        BatchSampler validSampler = BatchSampler.evaluation(dataset.split(Split.VALID), training.batchSize());
        BatchSampler testSampler = BatchSampler.evaluation(dataset.split(Split.TEST), training.batchSize());
        TrainingPlan plan = new TrainingPlan(
                new AdamSettings(training.learningRate(), training.beta1(), training.beta2(), training.epsilon()),
                steps(training, trainSampler.batchesPerEpoch()),
                training.validateEvery(),
                (training.validationSequences() + training.batchSize() - 1) / training.batchSize(),
                training.checkpointEvery(),
                config.configHash());
        try (NDManager manager = NDManager.newBaseManager(device, engine.getEngineName())) {
            engine.setRandomSeed(directory.seed());
            AutocompleteModel model = ModelPlans.factory(config, unit, units, dataset.vocabulary().outputClasses()).build();
            model.initialize(manager, DataType.FLOAT32, new Shape(training.batchSize(), config.dataset().maxLength()));
            AtomicFiles.writeString(directory.model(), new ModelDescription(position, unit.label(), unit.unit(),
                    directory.seed(), unit.layers(), config.model().embedding(), unit.hyperparameters().asMap(),
                    ParameterCounts.of(model)).toJson());
            TrainingOutcome outcome = new UnitTrainer(plan, progress, console::warn).train(name, model, manager,
                    trainSampler, validSampler, new CheckpointStore(directory.checkpoints()),
                    new TrainingLog(directory.trainingLog()));
            if (outcome.resumedFrom() > 0) {
                console.out().printf(Locale.ROOT, "%s: resumed at step %,d of %,d%n", name, outcome.resumedFrom(),
                        outcome.steps());
            }
            TestMetrics metrics;
            try (ProgressTask testing = progress.start("test " + name, testSampler.batchesPerEpoch(), "batches")) {
                metrics = new Evaluator(model, manager).score(testSampler, testSampler.batchesPerEpoch(), testing).metrics();
            }
            AtomicFiles.writeString(directory.testMetrics(), metrics.toJson());
            Files.deleteIfExists(directory.failure());
            console.out().printf(Locale.ROOT, "%s: test cross entropy %.4f, accuracy %.2f%% (article) %.2f%% (masked)%n",
                    name, metrics.crossEntropy(), 100 * metrics.articleAccuracy(), 100 * metrics.maskedAccuracy());
            return true;
        } catch (TrainingDivergedException e) {
            String message = e.getMessage() + " (checkpoints in " + directory.checkpoints() + ")";
            console.err().println("rnnmem: " + message);
            AtomicFiles.writeString(directory.failure(), message + "\n");
            return false;
        }
    }

    /** Whether the unit has readable test metrics and its description; damaged ones are tested again. */
    private boolean tested(UnitDirectory directory) throws IOException {
        if (!Files.exists(directory.testMetrics()) || !Files.exists(directory.model())) {
            return false;
        }
        try {
            TestMetrics.fromJson(Files.readString(directory.testMetrics(), StandardCharsets.UTF_8));
            ModelDescription.fromJson(Files.readString(directory.model(), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            console.warn(directory.root() + ": damaged results (" + e.getMessage() + "); testing again");
            return false;
        }
    }

    private static long steps(TrainingConfig training, int batchesPerEpoch) {
        long epochs = (long) training.epochs().orElse(Integer.MAX_VALUE) * batchesPerEpoch;
        return training.maxSteps().isPresent() ? Math.min(training.maxSteps().getAsInt(), epochs) : epochs;
    }
}
