package io.github.rnnmem.experiments.run;

import ai.djl.Device;
import ai.djl.engine.Engine;
import com.google.gson.JsonObject;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.DatasetAnalysis;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.AnalysisWeights;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.ExperimentGrid;
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
import io.github.rnnmem.experiments.stop.StopRequests;
import io.github.rnnmem.experiments.store.DatasetSummary;
import io.github.rnnmem.experiments.store.DoneMarker;
import io.github.rnnmem.experiments.store.FileLock;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.Shard;
import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.SnapshotStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import io.github.rnnmem.experiments.training.TrainingStoppedException;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.Environment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Runs an experiment (every point of its grid) end to end, as stages: the run directory prepared
 * (the experiment recorded, the dataset built or reused), then for every task, a unit with one
 * setting and one seed, the train stage ({@link TrainingStage}: trained, resumed or reused, and
 * tested) and the analyse stage ({@link AnalysisStage}), then the report, which reads only files.
 *
 * <p>A run holds its directory alone. A shard ({@link Shard}) shares it with the other shards of
 * the run: the directory is prepared by one shard at a time (the dataset is built once, the
 * others wait and map it), each shard locks every task it works on, and none writes the report.
 * A task whose {@code done.json} holds its done key ({@link TaskPlan}) is skipped; a unit's
 * results are reused whenever its training identity is unchanged, so adding a unit trains only that
 * unit and changing {@code analysis:} re-runs only the analyses.
 */
public final class ExperimentRunner {

    /** The variable Slurm sets in a job it requeued: how many times it did. */
    static final String RESTART_COUNT = "SLURM_RESTART_COUNT";

    private final ExperimentGrid grid;
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
    private final StopRequests stop;

    /**
     * What a run is asked to do.
     *
     * @param force whether to train every task of the run from the start, whatever its directory
     *     holds (ignored in a requeued Slurm job, which resumes)
     * @param shard the slice of the tasks to work on, or empty for all of them (and the report)
     * @param prepareOnly whether to prepare the run directory (record the experiment, build the
     *     dataset) and train nothing, as a sweep's first job does
     * @param command the command line, for the provenance record
     */
    public record Request(boolean force, Optional<Shard> shard, boolean prepareOnly, String command) {

        /** Whether the run holds its directory alone. */
        boolean alone() {
            return shard.isEmpty() && !prepareOnly;
        }
    }

    @Inject
    ExperimentRunner(ExperimentGrid grid, Engine engine, Device device, CorpusSource corpus, TaskSettings task,
            RunDirectory run, UnitRegistry units, Set<Analysis<?>> analyses, Set<DatasetAnalysis<?>> datasetAnalyses,
            ProgressReporter progress, Console console, Environment environment, Clock clock, StopRequests stop) {
        this.grid = grid;
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
        this.stop = stop;
    }

    /**
     * Runs the experiment, or the shard of it asked for.
     *
     * @param request what to do
     * @return 0 when every task trained, 2 when some diverged
     * @throws BadInputException when the directory is in use, or analyses at matched loss are asked
     *     of a grid or a shard
     * @throws TrainingStoppedException when the process is asked to stop (its checkpoint written)
     * @throws Exception if the run directory cannot be written
     */
    public int run(Request request) throws Exception {
        if (grid.isGrid() || request.shard().isPresent()) {
            refuseMatchedLossInShards(grid);
        }
        try (AutoCloseable lock = request.alone() ? run.lock() : run.sharedLock()) {
            return runLocked(request);
        }
    }

    /**
     * Refuses analyses at matched loss where tasks are trained apart: in a grid, or in shards.
     *
     * @param grid the experiment grid
     * @throws BadInputException when a point asks for {@code analysis.at: matched-loss}
     */
    public static void refuseMatchedLossInShards(ExperimentGrid grid) {
        if (grid.points().stream().anyMatch(point -> point.config().analysis().at() == AnalysisWeights.MATCHED_LOSS)) {
            throw new BadInputException("analysis.at: matched-loss compares every unit at the loss the worst one"
                    + " reached, which needs all of them trained by one process: it is not available with a grid,"
                    + " --shard or a sweep (use analysis.at: final)");
        }
    }

    private int runLocked(Request request) throws IOException {
        boolean force = request.force();
        int restarts = restartCount();
        if (restarts > 0) {
            console.out().printf(Locale.ROOT, "requeued %d time(s) (%s): resuming from what %s holds%s%n", restarts,
                    RESTART_COUNT, run.root(), force ? "; --force is ignored" : "");
            force = false;
        }
        Prepared prepared = prepare(request);
        TaskPlan plan = prepared.plan();
        List<TaskPlan.Task> tasks = request.shard().map(plan::of).orElse(plan.tasks());
        if (request.prepareOnly()) {
            checkModels(plan.tasks());
            console.out().printf(Locale.ROOT, "prepared %s: %d task(s)%n", run.root(), plan.tasks().size());
            return 0;
        }
        checkModels(tasks);
        request.shard().ifPresent(shard -> console.out().printf(Locale.ROOT, "shard %s: %d of the run's %d task(s)%n",
                shard, tasks.size(), plan.tasks().size()));

        AnalysisStage analysis = new AnalysisStage(analyses, datasetAnalyses, progress, console);
        boolean oneGroup = request.shard().isEmpty() && !grid.isGrid();
        List<List<TaskPlan.Task>> groups = oneGroup ? List.of(tasks) : tasks.stream().map(List::of).toList();
        int failed = 0;
        for (List<TaskPlan.Task> group : groups) {
            if (stop.requested()) {
                throw new TrainingStoppedException("stopped on request before " + plan.name(group.get(0))
                        + ": run again to go on");
            }
            failed += work(group, plan, prepared.dataset(), force, request, analysis);
        }
        if (!request.alone()) {
            console.out().printf(Locale.ROOT, "shard %s done: %d task(s), %d failed; 'rnnmem report %s' merges what is"
                    + " finished%n", request.shard().orElseThrow(), tasks.size(), failed, run.root());
            return failed == 0 ? 0 : 2;
        }
        prepared.provenance().finish(clock.instant()).write(run.provenance());
        RunReport report = new RunReport(RunSummary.load(run), analyses, List.of());
        String results = report.write(run);
        console.out().println();
        console.out().print(results);
        console.out().println("report: " + run.report());
        return failed == 0 ? 0 : 2;
    }

    /** The run directory once prepared: its dataset, its plan and the provenance of this invocation. */
    private record Prepared(AutocompleteDataset dataset, TaskPlan plan, Provenance provenance) {}

    /**
     * Records the experiment, builds or maps the dataset and writes what the run directory shares,
     * one process at a time; each file is written only when it does not already say the same.
     */
    private Prepared prepare(Request request) throws IOException {
        ExperimentConfig first = grid.first();
        try (FileLock preparing = run.prepareLock()) {
            run.claim(grid.canonicalYaml(), grid.configHash());
            List<JsonObject> earlier = Provenance.earlierRunsIn(run.provenance(), grid.configHash());
            Provenance provenance = Provenance.start(engine, DeviceNames.of(device), grid.configHash(), first.seed(),
                    first.trainingSeeds(), request.command(), environment.variables(), clock.instant(), earlier);
            if (request.alone() || earlier.isEmpty()) {
                provenance.write(run.provenance());
            }
            console.out().printf(Locale.ROOT, "experiment %s: %s%d unit(s) x %d seed(s), %s on %s, results in %s%n",
                    first.name(), grid.isGrid() ? grid.points().size() + " grid point(s) of " : "", first.units().size(),
                    first.trainingSeeds().size(), engine.getEngineName(), DeviceNames.of(device), run.root());
            AutocompleteDataset dataset = DatasetCache.loadOrBuild(corpus, task, run.data(), progress, console::warn);
            DatasetStatistics statistics = dataset.statistics();
            console.out().printf(Locale.ROOT, "dataset: %,d characters, %,d words, %,d/%,d/%,d sequences, %,d output"
                            + " classes, %.1f%% of words covered%n",
                    statistics.characters(), statistics.words(), statistics.sequences(Split.TRAIN),
                    statistics.sequences(Split.VALID), statistics.sequences(Split.TEST), statistics.outputClasses(),
                    100 * statistics.coverage());
            for (int batchSize : grid.points().stream().map(p -> p.config().training().batchSize()).distinct().toList()) {
                SplitRequirements.check(corpus.describe(), statistics, task, batchSize);
            }
            String summary = new DatasetSummary(corpus.describe(), Optional.of(Digests.sha256(dataset.key())), statistics,
                    MostFrequentWordBaseline.score(dataset.split(Split.TEST), dataset.vocabulary())).toJson();
            if (!Files.isRegularFile(run.dataset()) || !Files.readString(run.dataset()).equals(summary)) {
                AtomicFiles.writeString(run.dataset(), summary);
            }
            new AnalysisStage(analyses, datasetAnalyses, progress, console).analyse(dataset, first.analysis(), run.root());
            TaskPlan plan = TaskPlan.of(grid, run, dataset.key(), analyses);
            plan.list().write(run.tasks());
            if (grid.isGrid()) {
                console.out().printf(Locale.ROOT, "%d task(s): every unit with each setting the grid gives it and each"
                        + " seed%n", plan.tasks().size());
            }
            return new Prepared(dataset, plan, provenance);
        }
    }

    /**
     * Builds every model of the tasks once, so that a unit whose layers cannot be built is refused
     * before any unit trains.
     */
    private void checkModels(List<TaskPlan.Task> tasks) {
        Set<ExperimentConfig> configs = new LinkedHashSet<>();
        tasks.forEach(t -> configs.add(t.config()));
        configs.forEach(config -> ModelPlans.checkAll(config, units, engine, device));
    }

    /**
     * Trains, tests and analyses a group of tasks (those of one experiment without a grid, or one
     * task), each locked while worked on when shards share the directory.
     *
     * @return how many diverged
     */
    private int work(List<TaskPlan.Task> group, TaskPlan plan, AutocompleteDataset dataset, boolean force,
            Request request, AnalysisStage analysis) throws IOException {
        List<FileLock> locks = new ArrayList<>();
        try {
            for (TaskPlan.Task task : group) {
                if (!request.alone()) {
                    locks.add(lock(task, plan));
                }
                run.deleteLeftovers(task.directory());
            }
            boolean matchedLoss = group.get(0).config().analysis().at() == AnalysisWeights.MATCHED_LOSS;
            boolean skipDone = !force && (!matchedLoss || group.stream().allMatch(this::done));
            Map<UnitDirectory, TaskPlan.Task> trained = new LinkedHashMap<>();
            int failed = 0;
            for (TaskPlan.Task task : group) {
                Optional<Long> doneBefore = skipDone && done(task) ? DoneMarker.steps(task.directory()) : Optional.empty();
                if (doneBefore.isPresent()) {
                    console.out().printf(Locale.ROOT, "%s: trained %,d steps before, reused%n", plan.name(task),
                            doneBefore.get());
                    continue;
                }
                Optional<Provenance> provenance = request.alone() ? Optional.empty()
                        : Optional.of(taskProvenance(task, request.command()));
                TrainingStage training = new TrainingStage(task.config(), units, engine, device, progress, console, stop);
                boolean finished;
                try {
                    finished = training.train(dataset, task.record().position(), task.unit(), task.directory(), force,
                            plan.name(task));
                } catch (TrainingStoppedException e) {
                    if (provenance.isPresent()) {
                        provenance.get().write(task.directory().provenance());
                    }
                    throw e;
                }
                if (provenance.isPresent()) {
                    provenance.get().finish(clock.instant()).write(task.directory().provenance());
                }
                if (finished) {
                    trained.put(task.directory(), task);
                } else {
                    failed++;
                }
            }
            WeightChoice matched = matchedWeights(trained.keySet(), group.get(0).config());
            for (TaskPlan.Task task : trained.values()) {
                OptionalLong step = matchedLoss ? matched.steps().get(task.directory()) : OptionalLong.empty();
                TrainedUnits loader = new TrainedUnits(run, task.config(), units, engine, device);
                try (TrainedUnit unit = loader.load(task.unit(), task.directory(), plan.name(task), step, console::warn)) {
                    analysis.analyse(unit, task.config().analysis());
                }
                long steps = new CheckpointStore(task.directory().checkpoints()).progress().orElseThrow().step();
                DoneMarker.write(task.directory(), task.record().doneKey(), steps);
            }
            return failed;
        } finally {
            locks.forEach(FileLock::close);
        }
    }

    /** The lock of a task's directory, waiting (and saying so) while another process holds it. */
    private FileLock lock(TaskPlan.Task task, TaskPlan plan) throws IOException {
        Optional<FileLock> free = FileLock.tryTake(run.unitLock(task.directory()), false);
        if (free.isPresent()) {
            return free.get();
        }
        console.out().printf(Locale.ROOT, "%s: another process works on it; waiting for it to end%n", plan.name(task));
        return FileLock.take(run.unitLock(task.directory()));
    }

    /** Whether a task's directory holds its done mark, its identity, its test and every analysis's file. */
    private boolean done(TaskPlan.Task task) {
        UnitDirectory directory = task.directory();
        return DoneMarker.holds(directory, task.record().doneKey()) && Files.isRegularFile(directory.identity())
                && Files.isRegularFile(directory.testMetrics())
                && analyses.stream().allMatch(a -> Files.isRegularFile(directory.root().resolve(a.fileName())));
    }

    /**
     * The provenance of a shard's work on a task, written into the task's directory once training
     * ends or stops (before, the directory must hold what training finds there).
     */
    private Provenance taskProvenance(TaskPlan.Task task, String command) {
        ExperimentConfig config = task.config();
        return Provenance.start(engine, DeviceNames.of(device), config.configHash(), config.seed(),
                List.of(task.record().seed()), command, environment.variables(), clock.instant(),
                Provenance.earlierRunsIn(task.directory().provenance(), config.configHash()));
    }

    private int restartCount() {
        try {
            return environment.get(RESTART_COUNT).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Chooses every unit's weights at matched validation loss, keeps only their snapshots, says what
     * the analyses use, and warns when the units' final validation losses are far apart.
     */
    private WeightChoice matchedWeights(Collection<UnitDirectory> trained, ExperimentConfig config) throws IOException {
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
}
