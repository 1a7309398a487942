package io.github.rnnmem.experiments.model;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.DiscoveredUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds autocomplete models from a unit provider: {@code layers} layers of the unit, the first
 * taking the embedding, each next one the previous one's output.
 *
 * @param embedding the embedding size {@code E}
 * @param provider the recurrent unit
 * @param hyperparameters the unit's resolved settings
 * @param layers the number of stacked layers
 * @param outputClasses the output vocabulary size {@code V}
 */
public record ModelFactory(
        int embedding, RecurrentUnitProvider provider, Hyperparameters hyperparameters, int layers, int outputClasses) {

    /** Checks the sizes. */
    public ModelFactory {
        if (embedding < 1 || layers < 1 || outputClasses < 2) {
            throw new IllegalArgumentException(
                    "embedding, layers and output classes must be positive, got " + embedding + ", " + layers
                            + ", " + outputClasses);
        }
    }

    /**
     * A fresh, uninitialised model. Its layers are checked here (each is built and declares the
     * output {@code (batch, time, hidden)}) and when the model is initialised (each initialises and
     * its first forward pass returns that shape), see {@link UnitLayerCheck}.
     *
     * @return the model
     * @throws io.github.rnnmem.experiments.BadInputException naming the unit, its provider class
     *     and jar, when a layer fails a check
     */
    public AutocompleteModel build() {
        DiscoveredUnit unit = DiscoveredUnit.of(provider);
        UnitLayerCheck check = new UnitLayerCheck(
                "unit \"" + unit.name() + "\" of " + unit.describe(), hyperparameters.hidden());
        List<Block> blocks = new ArrayList<>();
        int inputSize = embedding;
        for (int i = 0; i < layers; i++) {
            int layerInput = inputSize;
            blocks.add(check.built(i, layerInput, () -> provider.newLayer(layerInput, hyperparameters)));
            inputSize = hyperparameters.hidden();
        }
        return new AutocompleteModel(check, embedding, blocks, outputClasses);
    }

    /**
     * A fresh model with its initial weights: the engine's generator seeded, then every parameter
     * initialised in order. The same seed and input shape give the same weights.
     *
     * @param manager where the model lives; its engine is seeded
     * @param seed the initialisation seed
     * @param inputShape {@code (B, T)}, the shape the layers are prepared for
     * @return the initialised model
     */
    public AutocompleteModel initialised(NDManager manager, int seed, Shape inputShape) {
        manager.getEngine().setRandomSeed(seed);
        AutocompleteModel model = build();
        model.initialize(manager, DataType.FLOAT32, inputShape);
        return model;
    }

    /**
     * The number of gate pre-activations per character over all layers of an initialised model,
     * {@code sum_l P_l / (in_l + H_l)}; for a kernel {@code (in + H, G H)} this is {@code G H}.
     *
     * @param model the model, initialised
     * @return the width {@code G} used by {@link StepCost}
     */
    public long gateWidth(AutocompleteModel model) {
        long width = 0;
        int inputSize = embedding;
        for (Block layer : model.layers()) {
            int hidden = Math.toIntExact(layer.getOutputShapes(new Shape[] {new Shape(1, 1, inputSize)})[0].get(2));
            long parameters = layer.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
            width += parameters / (inputSize + hidden);
            inputSize = hidden;
        }
        return width;
    }
}
