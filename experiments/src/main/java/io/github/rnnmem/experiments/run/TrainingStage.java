package io.github.rnnmem.experiments.run;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonObject;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.analysis.TrainingStamp;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.BatchSampler;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.evaluation.Evaluator;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.FaultPoint;
import io.github.rnnmem.experiments.io.FileProblems;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.model.ParameterCounts;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.stop.StopRequests;
import io.github.rnnmem.experiments.store.Json;
import io.github.rnnmem.experiments.store.ModelDescription;
import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.SnapshotStore;
import io.github.rnnmem.experiments.training.TrainingDivergedException;
import io.github.rnnmem.experiments.training.TrainingLog;
import io.github.rnnmem.experiments.training.TrainingOutcome;
import io.github.rnnmem.experiments.training.TrainingPlan;
import io.github.rnnmem.experiments.training.UnitTrainer;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The train stage of a run: makes one unit (one seed) trained and tested; its directory then holds
 * what the analyse stage loads ({@link TrainedUnits}).
 *
 * <p>The unit's directory records its {@link TrainingIdentity}. With the same identity, training
 * resumes from the last checkpoint, or continues a shorter finished run, or is reused as it is;
 * the test is reused when it was computed from the same weights. With another identity (or when
 * forced, or when more steps were trained than the experiment now asks for) the directory is
 * cleared and the unit trained from the start, and the run says why.
 */
final class TrainingStage {

    private final ExperimentConfig config;
    private final UnitRegistry units;
    private final Engine engine;
    private final Device device;
    private final ProgressReporter progress;
    private final Console console;
    private final StopRequests stop;

    TrainingStage(ExperimentConfig config, UnitRegistry units, Engine engine, Device device, ProgressReporter progress,
            Console console, StopRequests stop) {
        this.config = config;
        this.units = units;
        this.engine = engine;
        this.device = device;
        this.progress = progress;
        this.console = console;
        this.stop = stop;
    }

    /**
     * Trains and tests one unit with one seed, or reuses what its directory holds.
     *
     * @param dataset the dataset
     * @param position the unit's index in the experiment
     * @param unit the unit
     * @param directory its directory
     * @param force whether to train from the start whatever the directory holds
     * @param name the unit as messages name it, such as {@code gru seed 7}
     * @return true when the unit is trained and tested; false when training diverged (the reason is
     *     in {@code failure.txt})
     * @throws IOException if the directory cannot be written
     * @throws io.github.rnnmem.experiments.training.TrainingStoppedException when the process is
     *     asked to stop while the unit trains
     */
    boolean train(AutocompleteDataset dataset, int position, UnitConfig unit, UnitDirectory directory,
            boolean force, String name) throws IOException {
        TrainingConfig training = config.training();
        TrainingIdentity identity = TrainingIdentity.of(config, unit, directory.seed(), dataset);
        BatchSampler trainSampler = BatchSampler.training(dataset.split(Split.TRAIN), training.batchSize(), directory.seed());
        long steps = steps(training, trainSampler.batchesPerEpoch());
        prepare(directory, identity, steps, force, name);

        ModelFactory factory = ModelPlans.factory(config, unit, units, dataset.vocabulary().outputClasses());
        Shape shape = ModelPlans.initialShape(config);
        try (NDManager manager = NDManager.newBaseManager(device, engine.getEngineName())) {
            AutocompleteModel model = factory.initialised(manager, directory.seed(), shape);
            AtomicFiles.writeString(directory.model(), new ModelDescription(position, unit.label(), unit.unit(),
                    directory.seed(), unit.layers(), config.model().embedding(), unit.hyperparameters().asMap(),
                    ParameterCounts.of(model)).toJson());
            TrainingPlan plan = new TrainingPlan(training, steps, identity.hash());
            TrainingOutcome outcome = new UnitTrainer(plan, progress, console::warn, stop).train(name, model, manager,
                    trainSampler, BatchSampler.evaluation(dataset.split(Split.VALID), training.batchSize()),
                    new CheckpointStore(directory.checkpoints()), new SnapshotStore(directory.snapshots()),
                    new TrainingLog(directory.trainingLog()));
            if (outcome.alreadyFinished()) {
                console.out().printf(Locale.ROOT, "%s: trained %,d steps before, reused%n", name, outcome.steps());
            } else if (outcome.resumedFrom() > 0) {
                console.out().printf(Locale.ROOT, "%s: resumed at step %,d of %,d%n", name, outcome.resumedFrom(),
                        outcome.steps());
            }
            test(dataset, model, manager, directory, new TrainingStamp(identity.hash(), outcome.steps()), name);
            Files.deleteIfExists(directory.failure());
            return true;
        } catch (TrainingDivergedException e) {
            String message = e.getMessage() + " (checkpoints in " + directory.checkpoints() + ")";
            console.err().println("rnnmem: " + message);
            AtomicFiles.writeString(directory.failure(), message + "\n");
            return false;
        }
    }

    /**
     * Clears a directory trained otherwise, then records the identity the unit is trained with.
     * The mark that the unit is done, then the old identity file, are removed first, so that a run
     * killed while clearing finds results without an identity and clears again, even when the
     * identity is unchanged ({@code --force}), and never takes the unit for done.
     * A directory that is missing or empty has nothing to clear, forced or not.
     */
    private void prepare(UnitDirectory directory, TrainingIdentity identity, long steps, boolean force, String name)
            throws IOException {
        boolean fresh = !Files.isDirectory(directory.root()) || isEmpty(directory.root());
        Optional<String> reason = fresh ? Optional.empty()
                : force ? Optional.of("--force") : retrainReason(directory, identity, steps);
        if (reason.isPresent()) {
            console.out().printf(Locale.ROOT, "%s: training from the start: %s%n", name, reason.get());
            clear(directory.root(), List.of(directory.done(), directory.identity()));
        }
        AtomicFiles.writeString(directory.identity(), identity.recorded().toJson());
    }

    /** Why what the directory holds cannot be continued, if it cannot. */
    private static Optional<String> retrainReason(UnitDirectory directory, TrainingIdentity identity, long steps)
            throws IOException {
        if (!Files.exists(directory.identity())) {
            return Optional.of("its directory holds results without a training identity");
        }
        TrainingIdentity recorded;
        try {
            recorded = TrainingIdentity.fromJson(Files.readString(directory.identity(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.of(directory.identity() + " is damaged");
        }
        List<String> changes = identity.changesFrom(recorded);
        if (!changes.isEmpty()) {
            return Optional.of("what decides its weights changed (" + String.join("; ", changes) + ")");
        }
        long trained = new TrainingLog(directory.trainingLog()).rows().stream().mapToLong(TrainingLog.Row::step).max()
                .orElse(0);
        if (trained > steps) {
            return Optional.of(String.format(Locale.ROOT, "it was trained %,d steps and the experiment now asks for %,d",
                    trained, steps));
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Deletes the files of {@code first} in order, then everything else under {@code root}. */
    private static void clear(Path root, List<Path> first) throws IOException {
        try {
            for (Path file : first) {
                if (Files.deleteIfExists(file)) {
                    FaultPoint.reached("cleared:" + file.getFileName());
                }
            }
            try (Stream<Path> tree = Files.walk(root)) {
                for (Path entry : tree.sorted(Comparator.reverseOrder()).toList()) {
                    if (!entry.equals(root)) {
                        Files.delete(entry);
                        FaultPoint.reached("cleared:" + entry.getFileName());
                    }
                }
            }
        } catch (IOException e) {
            throw FileProblems.at(root, e);
        }
    }

    /** Tests the trained weights unless {@code test.json} already holds their test. */
    private void test(AutocompleteDataset dataset, AutocompleteModel model, NDManager manager, UnitDirectory directory,
            TrainingStamp stamp, String name) throws IOException {
        if (currentTest(directory.testMetrics(), stamp)) {
            return;
        }
        BatchSampler testSampler = BatchSampler.evaluation(dataset.split(Split.TEST), config.training().batchSize());
        TestMetrics metrics;
        try (ProgressTask testing = progress.start("test " + name, testSampler.batchesPerEpoch(), "batches")) {
            metrics = new Evaluator(model, manager).score(testSampler, testSampler.batchesPerEpoch(), testing).metrics();
        }
        JsonObject json = metrics.toJson();
        json.add("from", stamp.toJson());
        AtomicFiles.writeString(directory.testMetrics(), Json.pretty(json));
        console.out().printf(Locale.ROOT, "%s: test cross entropy %.4f, accuracy %.2f%% (article) %.2f%% (masked)%n",
                name, metrics.crossEntropy(), 100 * metrics.accuracyArticle(), 100 * metrics.accuracyMasked());
    }

    private static boolean currentTest(Path file, TrainingStamp stamp) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            TestMetrics.fromJson(text);
            JsonObject from = JsonText.parseObject(text).getAsJsonObject("from");
            return from != null && TrainingStamp.fromJson(from).equals(stamp);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long steps(TrainingConfig training, int batchesPerEpoch) {
        long epochs = (long) training.epochs().orElse(Integer.MAX_VALUE) * batchesPerEpoch;
        return training.maxSteps().isPresent() ? Math.min(training.maxSteps().getAsInt(), epochs) : epochs;
    }
}
