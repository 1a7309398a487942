package io.github.rnnmem.experiments.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import io.github.rnnmem.experiments.config.Optimizer;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.BatchSampler;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.data.PathCorpus;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.stop.StopRequests;
import io.github.rnnmem.experiments.testing.SyntheticCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnitTrainerTest {

    private static final int BATCH = 8;
    private static final long SEED = 7;

    @TempDir static Path directory;
    private static AutocompleteDataset dataset;

    @BeforeAll
    static void buildDataset() {
        Path corpus = SyntheticCorpus.write(directory.resolve("corpus.txt"), 600, 1);
        dataset = DatasetCache.loadOrBuild(new PathCorpus(corpus, 0), new TaskSettings(new DatasetConfig(40, 100, new DataSplit(0.8, 0.1, 0.1)), 3),
                directory.resolve("cache"), ProgressReporter.silent(), w -> {});
    }

    static List<String> engines() {
        return Engines.available();
    }

    private AutocompleteModel model(NDManager manager) {
        RecurrentUnitProvider gru = UnitRegistry.discover(List.of()).get("gru").provider();
        ModelFactory factory = new ModelFactory(8, gru, gru.hyperparameters().resolve(Map.of("hidden", 16)), 1,
                dataset.vocabulary().outputClasses());
        AutocompleteModel model = factory.build();
        Engine.getEngine(manager.getEngine().getEngineName()).setRandomSeed(11);
        model.initialize(manager, DataType.FLOAT32, new Shape(BATCH, 40));
        return model;
    }

    private TrainingOutcome train(NDManager manager, AutocompleteModel model, Path unit, long steps, ProgressReporter progress)
            throws Exception {
        // Adam at 0.01, validation every 5 steps on 2 batches, checkpoints every 4, snapshots every 5.
        TrainingConfig training = new TrainingConfig(Optimizer.ADAM, 0.01, 0.9, 0.999, 1e-8, BATCH, OptionalInt.empty(),
                OptionalInt.of(1_000), 5, 2 * BATCH, 4, 5);
        TrainingPlan plan = new TrainingPlan(training, steps, "hash");
        return new UnitTrainer(plan, progress, w -> {}, StopRequests.NEVER).train("gru", model, manager,
                BatchSampler.training(dataset.split(Split.TRAIN), BATCH, SEED),
                BatchSampler.evaluation(dataset.split(Split.VALID), BATCH),
                new CheckpointStore(unit.resolve("checkpoint")), new SnapshotStore(unit.resolve("snapshots")),
                new TrainingLog(unit.resolve("training.csv")));
    }

    private static List<float[]> weights(AutocompleteModel model) {
        List<float[]> weights = new ArrayList<>();
        for (Pair<String, Parameter> pair : model.getParameters()) {
            weights.add(pair.getValue().getArray().toFloatArray());
        }
        return weights;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void lossFallsAndEveryStepIsLogged(String engine) throws Exception {
        Path unit = directory.resolve("falls-" + engine);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            TrainingOutcome outcome = train(manager, model(manager), unit, 40, ProgressReporter.silent());
            assertThat(outcome.steps()).isEqualTo(40);
            List<TrainingLog.Row> rows = new TrainingLog(unit.resolve("training.csv")).rows();
            assertThat(rows).extracting(TrainingLog.Row::step).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
            assertThat(rows.get(0).trainLoss()).isGreaterThan(Math.log(dataset.vocabulary().outputClasses()) - 1);
            double early = rows.subList(0, 5).stream().mapToDouble(TrainingLog.Row::trainLoss).average().orElseThrow();
            double late = rows.subList(35, 40).stream().mapToDouble(TrainingLog.Row::trainLoss).average().orElseThrow();
            assertThat(late).isLessThan(early - 0.4);
            assertThat(rows).filteredOn(TrainingLog.Row::validated).extracting(TrainingLog.Row::step)
                    .containsExactly(5L, 10L, 15L, 20L, 25L, 30L, 35L, 40L);
        }
    }

    /**
     * A run killed after step 14 (last checkpoint at step 12) and started again ends with the
     * weights of an uninterrupted run: the data order, the optimizer state and the parameters are
     * restored exactly, and no random number is drawn after initialisation. Equality is exact on
     * the same engine and thread count.
     */
    @ParameterizedTest
    @MethodSource("engines")
    void aKilledRunResumesToTheSameWeights(String engine) throws Exception {
        List<float[]> uninterrupted;
        List<TrainingLog.Row> uninterruptedLog;
        Path straight = directory.resolve("straight-" + engine);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            AutocompleteModel model = model(manager);
            train(manager, model, straight, 20, ProgressReporter.silent());
            uninterrupted = weights(model);
            uninterruptedLog = new TrainingLog(straight.resolve("training.csv")).rows();
        }
        Path killed = directory.resolve("killed-" + engine);
        ProgressReporter killAfter14 = (name, total, unit) -> new ProgressTask() {
            private long done;

            @Override
            public void advance(long amount) {
                done += amount;
                if (done >= 14) {
                    throw new IllegalStateException("killed");
                }
            }

            @Override
            public void status(String text) {}

            @Override
            public void close() {}
        };
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            AutocompleteModel model = model(manager);
            assertThatThrownBy(() -> train(manager, model, killed, 20, killAfter14)).hasMessage("killed");
        }
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            AutocompleteModel model = model(manager);
            TrainingOutcome outcome = train(manager, model, killed, 20, ProgressReporter.silent());
            assertThat(outcome.resumedFrom()).isEqualTo(12);
            List<float[]> resumed = weights(model);
            for (int i = 0; i < resumed.size(); i++) {
                assertThat(resumed.get(i)).as("parameter %d", i).containsExactly(uninterrupted.get(i));
            }
        }
        List<TrainingLog.Row> resumedLog = new TrainingLog(killed.resolve("training.csv")).rows();
        assertThat(resumedLog).extracting(TrainingLog.Row::trainLoss)
                .containsExactlyElementsOf(uninterruptedLog.stream().map(TrainingLog.Row::trainLoss).toList());
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            TrainingOutcome again = train(manager, model(manager), killed, 20, ProgressReporter.silent());
            assertThat(again.alreadyFinished()).isTrue();
        }
    }
}
