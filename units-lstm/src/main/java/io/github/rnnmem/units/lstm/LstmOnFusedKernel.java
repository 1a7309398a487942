package io.github.rnnmem.units.lstm;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.github.rnnmem.api.layer.Initializers;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * TensorFlow 1's {@code BasicLSTMCell} (see {@link LstmLayer} for the equations), with the same
 * parameters ({@code kernel (in + n, 4n)}, {@code bias (4n)}), computed by DJL's fused LSTM
 * kernel: one operator for the whole sequence instead of a dozen per step.
 *
 * <p>At every forward pass the article's parameters are mapped, with differentiable operators,
 * onto the kernel's layout (gate order i, f, g, o, weights transposed):
 *
 * <pre>
 *   [W_ih | W_hh] = [K_i, K_f, K_j, K_o]^T        split at column in
 *   b_ih          = [b_i, b_f + 1.0, b_j, b_o]     the forget bias folded in
 *   b_hh          = 0                               a constant: the kernel's second bias is unused
 * </pre>
 *
 * The kernel then computes exactly the article's cell, and gradients flow back to {@code kernel}
 * and {@code bias}. The kernel block's own parameters only satisfy DJL's bookkeeping: they are
 * never read, trained or saved.
 */
final class LstmOnFusedKernel extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int inputSize;
    private final int hidden;
    private final Parameter kernel;
    private final Parameter bias;
    private final LSTM fused;
    private final List<Parameter> fusedParameters;

    LstmOnFusedKernel(int inputSize, int hidden) {
        super(VERSION);
        this.inputSize = inputSize;
        this.hidden = hidden;
        kernel = addParameter(Parameter.builder()
                .setName("kernel")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(inputSize + hidden, 4L * hidden))
                .optInitializer(Initializers.glorotUniform())
                .build());
        bias = addParameter(Parameter.builder()
                .setName("bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(4L * hidden))
                .optInitializer(Initializers.constant(0f))
                .build());
        fused = LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).build();
        fusedParameters = List.copyOf(fused.getParameters().values());
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        Device device = x.getDevice();
        NDList gates = store.getValue(kernel, device, training).split(4, 1);
        NDList weights = NDArrays.concat(new NDList(gates.get(0), gates.get(2), gates.get(1), gates.get(3)), 1)
                .transpose()
                .split(new long[] {inputSize}, 1);
        NDList biases = store.getValue(bias, device, training).split(4, 0);
        NDArray inputBias = NDArrays.concat(new NDList(
                biases.get(0), biases.get(2).add(LstmLayer.FORGET_BIAS), biases.get(1), biases.get(3)), 0);
        NDArray hiddenBias = x.getManager().zeros(new Shape(4L * hidden), x.getDataType(), device);

        Map<Parameter, NDArray> values = new IdentityHashMap<>();
        values.put(fusedParameters.get(0), weights.get(0));
        values.put(fusedParameters.get(1), weights.get(1));
        values.put(fusedParameters.get(2), inputBias);
        values.put(fusedParameters.get(3), hiddenBias);
        NDArray zeros = x.getManager().zeros(new Shape(1, x.getShape().get(0), hidden), x.getDataType(), device);
        return fused.forward(new MappedParameters(x.getManager(), values), new NDList(x, zeros, zeros), training, params);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        fused.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        return new Shape[] {new Shape(input.get(0), input.get(1), hidden)};
    }

    /** A parameter store that hands the fused kernel the mapped arrays instead of its own. */
    private static final class MappedParameters extends ParameterStore {

        private final Map<Parameter, NDArray> values;

        MappedParameters(NDManager manager, Map<Parameter, NDArray> values) {
            super(manager, false);
            this.values = values;
        }

        @Override
        public NDArray getValue(Parameter parameter, Device device, boolean training) {
            NDArray value = values.get(parameter);
            if (value == null) {
                throw new IllegalStateException("no mapped value for the kernel parameter " + parameter.getName());
            }
            return value;
        }
    }
}
