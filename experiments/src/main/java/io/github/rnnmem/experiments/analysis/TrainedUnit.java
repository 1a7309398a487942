package io.github.rnnmem.experiments.analysis;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.experiments.config.CorpusConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A unit whose training finished, as the training stage hands it to the analyses: its model with
 * the trained weights, the dataset it was trained on, its directory, and how its initial weights
 * are made again.
 *
 * @param label the unit as messages and progress name it, such as {@code gru} or {@code gru hidden=128 seed 7}
 * @param seed its training seed
 * @param unit the unit's name, such as {@code gru}
 * @param model the model with its trained weights, on {@code manager}
 * @param manager the manager of the engine and device
 * @param dataset the dataset it was trained on
 * @param corpus the corpus the dataset was built from, as the experiment declares it
 * @param directory its directory in the run, where analyses write their files
 * @param factory how its model is built
 * @param initialShape the input shape its model was initialised for
 * @param training what its weights are: the training identity and the steps trained
 */
public record TrainedUnit(
        String label,
        int seed,
        String unit,
        AutocompleteModel model,
        NDManager manager,
        AutocompleteDataset dataset,
        CorpusConfig corpus,
        Path directory,
        ModelFactory factory,
        Shape initialShape,
        TrainingStamp training) implements AutoCloseable {

    /** Checks the parts are present. */
    public TrainedUnit {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(initialShape, "initialShape");
        Objects.requireNonNull(training, "training");
    }

    /**
     * The unit's model with the initial weights its training started from: the reference of what
     * training added.
     *
     * @param scratch where the model lives
     * @return a freshly initialised model, equal to the one training started with
     */
    public AutocompleteModel initialModel(NDManager scratch) {
        return factory.initialised(scratch, seed, initialShape);
    }

    /** Frees the model: closes its manager. */
    @Override
    public void close() {
        manager.close();
    }
}
