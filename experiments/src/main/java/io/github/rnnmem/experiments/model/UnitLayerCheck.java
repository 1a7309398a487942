package io.github.rnnmem.experiments.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.registry.PluginFailure;
import io.github.rnnmem.experiments.BadInputException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a unit's layers where a model is built, before any training: that {@code newLayer}
 * returns a layer, that the layer declares the output shape {@code (batch, time, hidden)}, and that
 * its first forward pass, on a probe batch of {@value #BATCH} sequences of {@value #TIME} steps,
 * returns that shape. Batch and time differ, so a layer that swaps them is caught too.
 *
 * <p>A failure is bad input (exit status 2) whose message names the unit, its provider class and
 * the jar or module it came from, and what its code threw, with the line.
 *
 * @param unit the unit as messages name it, for instance {@code unit "mgu" of org.example.MguProvider (class path, /p/mgu.jar)}
 * @param hidden the width every layer must return
 */
record UnitLayerCheck(String unit, int hidden) {

    /** Sequences in the probe batch. */
    static final int BATCH = 2;

    /** Steps in the probe batch. */
    static final int TIME = 3;

    /**
     * Builds a layer, checking that the factory returns one and that it declares the right shape.
     *
     * @param index the layer's position, from 0
     * @param inputSize the layer's input width
     * @param newLayer calls the provider's {@code newLayer}
     * @return the layer
     * @throws BadInputException naming the unit and what went wrong
     */
    Block built(int index, int inputSize, Supplier<Block> newLayer) {
        Block layer;
        try {
            layer = newLayer.get();
        } catch (RuntimeException | LinkageError e) {
            throw broken("newLayer(" + inputSize + ", ...) for layer " + (index + 1) + " threw " + PluginFailure.thrown(e));
        }
        if (layer == null) {
            throw broken("newLayer(" + inputSize + ", ...) for layer " + (index + 1) + " returned null");
        }
        Shape input = new Shape(BATCH, TIME, inputSize);
        Shape declared;
        try {
            declared = layer.getOutputShapes(new Shape[] {input})[0];
        } catch (RuntimeException | LinkageError e) {
            throw broken("getOutputShapes(" + input + ") of layer " + (index + 1) + " threw " + PluginFailure.thrown(e));
        }
        if (!expected().equals(declared)) {
            throw broken("layer " + (index + 1) + " declares the output shape " + declared + " for input " + input
                    + "; a layer maps (batch, time, input) to (batch, time, hidden), here " + expected());
        }
        return layer;
    }

    /**
     * Initialises one layer, naming the unit if that fails.
     *
     * @param index the layer's position, from 0
     * @param layer the layer
     * @param manager the manager of the model's parameters
     * @param dataType the parameter type
     * @param input the layer's input shape
     */
    void initialize(int index, Block layer, NDManager manager, DataType dataType, Shape input) {
        try {
            layer.initialize(manager, dataType, input);
        } catch (RuntimeException | LinkageError e) {
            throw broken("layer " + (index + 1) + " cannot be initialised for input " + input + ": "
                    + PluginFailure.thrown(e));
        }
    }

    /**
     * Runs the first forward pass of initialised layers on a probe batch of zeros and checks each
     * output's shape. The probe's arrays are freed; no parameter changes and no random number is
     * drawn.
     *
     * @param layers the layers, initialised, first to last
     * @param inputSize the first layer's input width
     * @param manager the manager of the model's parameters
     * @param dataType the parameter type
     */
    void firstForwardPass(List<Block> layers, int inputSize, NDManager manager, DataType dataType) {
        try (NDManager probe = manager.newSubManager()) {
            NDArray x = probe.zeros(new Shape(BATCH, TIME, inputSize), dataType);
            for (int i = 0; i < layers.size(); i++) {
                Shape input = x.getShape();
                NDArray y;
                try {
                    y = layers.get(i).forward(new ParameterStore(probe, false), new NDList(x), false).head();
                } catch (RuntimeException | LinkageError e) {
                    throw broken("the first forward pass of layer " + (i + 1) + " on input " + input + " threw "
                            + PluginFailure.thrown(e));
                }
                if (!expected().equals(y.getShape())) {
                    throw broken("the first forward pass of layer " + (i + 1) + " maps input " + input + " to "
                            + y.getShape() + "; a layer maps (batch, time, input) to (batch, time, hidden), here "
                            + expected());
                }
                x = y;
            }
        }
    }

    private Shape expected() {
        return new Shape(BATCH, TIME, hidden);
    }

    private BadInputException broken(String problem) {
        return new BadInputException(unit + " is broken: " + problem);
    }
}
