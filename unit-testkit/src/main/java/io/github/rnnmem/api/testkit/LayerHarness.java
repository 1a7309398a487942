package io.github.rnnmem.api.testkit;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One layer on one engine, with the operations the contract needs: forward passes, a scalar
 * probe loss, its autograd gradients, and in-place parameter edits for finite differences.
 *
 * <p>The probe loss is {@code L(x) = sum(y(x) * R)} with {@code y} the layer output {@code (B, T,
 * H)} and {@code R} a fixed random array of the same shape, so that every output element
 * contributes with its own weight.
 */
public final class LayerHarness implements AutoCloseable {

    static {
        Engines.prepareDjl();
    }

    private final NDManager manager;
    private final Block layer;
    private final DataType dataType;
    private final Shape inputShape;

    /**
     * Builds and initialises a layer with the engine's random seed set first.
     *
     * @param engine the engine name, such as {@code MXNet}
     * @param layer the fresh layer
     * @param dataType the parameter and input type
     * @param inputShape {@code (B, T, inputSize)}
     * @param seed the engine seed used for initialisation
     */
    public LayerHarness(String engine, Block layer, DataType dataType, Shape inputShape, int seed) {
        this.manager = NDManager.newBaseManager(Device.cpu(), engine);
        this.layer = layer;
        this.dataType = dataType;
        this.inputShape = inputShape;
        Engine.getEngine(engine).setRandomSeed(seed);
        layer.initialize(manager, dataType, inputShape);
    }

    /**
     * The layer under test.
     *
     * @return the block
     */
    public Block layer() {
        return layer;
    }

    /**
     * The manager owning the harness's arrays.
     *
     * @return the manager
     */
    public NDManager manager() {
        return manager;
    }

    /**
     * Random values in {@code [-1, 1)} from a Java generator, identical on every engine.
     *
     * @param shape the shape
     * @param seed the generator seed
     * @return the array, in the harness's data type
     */
    public NDArray random(Shape shape, long seed) {
        Random random = new Random(seed);
        double[] values = new double[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = 2 * random.nextDouble() - 1;
        }
        return manager.create(values, shape).toType(dataType, false);
    }

    /**
     * A forward pass outside any gradient collector.
     *
     * @param x the input {@code (B, T, inputSize)}
     * @return the output {@code (B, T, H)}
     */
    public NDArray forward(NDArray x) {
        return layer.forward(new ParameterStore(manager, false), new NDList(x), false).head();
    }

    /**
     * The probe loss for an input.
     *
     * @param x the input
     * @param weights {@code R}, shaped like the output
     * @return {@code sum(y(x) * R)}
     */
    public double probeLoss(NDArray x, NDArray weights) {
        return forward(x).mul(weights).sum().toType(DataType.FLOAT64, false).getDouble();
    }

    /**
     * The autograd gradient of the probe loss with respect to the input and every parameter.
     *
     * @param x the input
     * @param weights {@code R}
     * @return the input gradient first, then one gradient per parameter in {@link #parameters()}
     *     order, each as doubles
     */
    public List<double[]> probeGradients(NDArray x, NDArray weights) {
        NDArray input = x.duplicate();
        input.setRequiresGradient(true);
        List<double[]> gradients = new ArrayList<>();
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray y = layer.forward(new ParameterStore(manager, false), new NDList(input), true).head();
            collector.backward(y.mul(weights).sum());
        }
        gradients.add(doubles(input.getGradient()));
        for (Parameter parameter : parameters()) {
            gradients.add(doubles(parameter.getArray().getGradient()));
        }
        return gradients;
    }

    /**
     * The trainable parameters in declaration order.
     *
     * @return the parameters
     */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (Pair<String, Parameter> pair : layer.getParameters()) {
            if (pair.getValue().requiresGradient()) {
                parameters.add(pair.getValue());
            }
        }
        return parameters;
    }

    /**
     * A parameter by name.
     *
     * @param name the parameter name, as the layer declares it
     * @return the parameter
     */
    public Parameter parameter(String name) {
        for (Pair<String, Parameter> pair : layer.getParameters()) {
            if (pair.getKey().equals(name)) {
                return pair.getValue();
            }
        }
        throw new IllegalArgumentException("no parameter " + name + " in " + layer.getParameters().keys());
    }

    /**
     * Overwrites a parameter with values drawn uniformly from {@code [-1, 1)}.
     *
     * @param name the parameter name
     * @param random the source of the values
     * @return the values written, row-major
     */
    public double[] randomize(String name, Random random) {
        Parameter parameter = parameter(name);
        double[] values = new double[Math.toIntExact(parameter.getArray().size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = 2 * random.nextDouble() - 1;
        }
        setValues(parameter, values);
        return values;
    }

    /**
     * Overwrites a parameter's values in place.
     *
     * @param parameter the parameter
     * @param values the new values, row-major
     */
    public void setValues(Parameter parameter, double[] values) {
        NDArray array = parameter.getArray();
        if (dataType == DataType.FLOAT64) {
            array.set(values);
        } else {
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            array.set(floats);
        }
    }

    /**
     * An array's values as doubles.
     *
     * @param array the array
     * @return its values, row-major
     */
    public static double[] doubles(NDArray array) {
        return array.toType(DataType.FLOAT64, false).toDoubleArray();
    }

    /**
     * The input shape the layer was initialised with.
     *
     * @return {@code (B, T, inputSize)}
     */
    public Shape inputShape() {
        return inputShape;
    }

    @Override
    public void close() {
        manager.close();
    }
}
