package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.store.RunDirectory;
import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.TrainingStamp;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.training.Checkpoint;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.ModelWeights;
import io.github.rnnmem.experiments.training.SnapshotStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Loads a run's trained units from their directories, for analyses after the run: the dataset
 * file their identity names (the corpus is not needed), the model built as the experiment says,
 * and the weights of the last checkpoint, once training finished.
 */
public final class TrainedUnits {

    private final RunDirectory run;
    private final ExperimentConfig config;
    private final UnitRegistry units;
    private final Engine engine;
    private final Device device;

    /**
     * Prepares loading.
     *
     * @param run the run directory
     * @param config the experiment its {@code experiment.yaml} records
     * @param units the unit registry
     * @param engine the engine to compute on
     * @param device the device to compute on
     */
    public TrainedUnits(RunDirectory run, ExperimentConfig config, UnitRegistry units, Engine engine, Device device) {
        this.run = run;
        this.config = config;
        this.units = units;
        this.engine = engine;
        this.device = device;
    }

    /**
     * The directory of a unit with a seed.
     *
     * @param unit one of the experiment's units
     * @param seed one of its training seeds
     * @return the directory
     */
    public UnitDirectory directory(UnitConfig unit, int seed) {
        return run.unit(unit.label(), seed, config.trainingSeeds().size() > 1);
    }

    /**
     * Loads one trained unit with its final weights.
     *
     * @param unit one of the experiment's units
     * @param seed one of its training seeds
     * @param warnings receives a line for a damaged checkpoint that was passed over
     * @return the unit with its trained weights, on a manager of its own to close when done
     * @throws BadInputException naming the directory when the unit was not trained to the end,
     *     was trained otherwise than the experiment says, or its files cannot be used
     */
    public TrainedUnit load(UnitConfig unit, int seed, Consumer<String> warnings) {
        return load(unit, seed, OptionalLong.empty(), warnings);
    }

    /**
     * Loads one trained unit with its final weights or those of one of its snapshots.
     *
     * @param unit one of the experiment's units
     * @param seed one of its training seeds
     * @param snapshot the step of the snapshot to load, or empty for the final weights
     * @param warnings receives a line for a damaged file that was passed over
     * @return the unit with those weights, on a manager of its own to close when done
     * @throws BadInputException naming the directory when the unit was not trained to the end,
     *     was trained otherwise than the experiment says, or its files cannot be used
     */
    public TrainedUnit load(UnitConfig unit, int seed, OptionalLong snapshot, Consumer<String> warnings) {
        return load(unit, directory(unit, seed), unit.label(), snapshot, warnings);
    }

    /**
     * Loads one trained unit from a directory of the run (of one setting of a grid, say).
     *
     * @param unit one of the experiment's units
     * @param directory its directory, which names the training seed
     * @param name how messages and the analyses name the unit, such as {@code gru hidden=128}
     * @param snapshot the step of the snapshot to load, or empty for the final weights
     * @param warnings receives a line for a damaged file that was passed over
     * @return the unit with those weights, on a manager of its own to close when done
     * @throws BadInputException naming the directory when the unit was not trained to the end,
     *     was trained otherwise than the experiment says, or its files cannot be used
     */
    public TrainedUnit load(UnitConfig unit, UnitDirectory directory, String name, OptionalLong snapshot,
            Consumer<String> warnings) {
        int seed = directory.seed();
        if (!Files.isRegularFile(directory.identity())) {
            throw new BadInputException(directory.root() + " holds no trained unit: run the experiment first");
        }
        TrainingIdentity recorded;
        try {
            recorded = TrainingIdentity.fromJson(Files.readString(directory.identity(), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(directory.identity() + " cannot be read: " + e.getMessage(), e);
        }
        String key = recorded.parts().get("dataset");
        if (key == null) {
            throw new BadInputException(directory.identity() + " is damaged: it names no dataset");
        }
        AutocompleteDataset dataset = DatasetCache.open(DatasetCache.file(key, run.data()), key);
        TrainingIdentity identity = TrainingIdentity.of(config, unit, seed, dataset);
        List<String> changes = identity.changesFrom(recorded);
        if (!changes.isEmpty()) {
            throw new BadInputException(directory.root() + " was trained otherwise than " + run.experiment() + " says ("
                    + String.join("; ", changes) + "): run the experiment again");
        }
        Checkpoint checkpoint = new CheckpointStore(directory.checkpoints()).latest(warnings)
                .orElseThrow(() -> new BadInputException(directory.root() + " has no checkpoint: run the experiment first"));
        if (!checkpoint.identity().equals(identity.hash())) {
            throw new BadInputException(directory.checkpoints() + " holds a checkpoint of another training of this unit:"
                    + " run the experiment with --force to train it again");
        }
        if (!checkpoint.finished()) {
            throw new BadInputException(String.format(Locale.ROOT,
                    "%s: training did not finish (step %,d): run the experiment to finish it", directory.root(),
                    checkpoint.step()));
        }
        Checkpoint weights = checkpoint;
        Path where = directory.checkpoints();
        if (snapshot.isPresent()) {
            weights = new SnapshotStore(directory.snapshots()).load(snapshot.getAsLong(), warnings)
                    .filter(s -> s.identity().equals(identity.hash()))
                    .orElseThrow(() -> new BadInputException(directory.snapshots() + " has no usable snapshot of step "
                            + snapshot.getAsLong() + ": run the experiment with --force to train the unit again"));
            where = directory.snapshots();
        }
        ModelFactory factory = ModelPlans.factory(config, unit, units, dataset.vocabulary().outputClasses());
        Shape shape = ModelPlans.initialShape(config);
        NDManager manager = NDManager.newBaseManager(device, engine.getEngineName());
        try {
            AutocompleteModel model = factory.initialised(manager, seed, shape);
            try {
                ModelWeights.load(model, manager, weights);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(where + ": the weights of step " + weights.step() + " cannot be used: "
                        + e.getMessage() + "; run the experiment with --force to train the unit again", e);
            }
            return new TrainedUnit(name, seed, unit.unit(), model, manager, dataset, config.corpus(), directory.root(),
                    factory, shape, new TrainingStamp(identity.hash(), weights.step()));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }
}
