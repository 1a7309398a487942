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
import io.github.rnnmem.api.layer.ResumableLayer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 *
 * <p>A pass may start from a state ({@link ResumableLayer}): {@code [h, c]}, each {@code (B, n)}, as
 * {@link LstmLayer} holds it, so that the two compute the same cell from the same states.
 *
 * <p>At initialisation the kernel is checked on the engine, device and shape of the layer ({@link
 * FusedKernelCheck}); where it computes wrong results the same cell runs step by step instead, on
 * the same parameters, and a warning says so.
 */
final class LstmOnFusedKernel extends AbstractBlock implements ResumableLayer {

    private static final byte VERSION = 1;

    private static final System.Logger LOG = System.getLogger(LstmOnFusedKernel.class.getName());
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private final int inputSize;
    private final int hidden;
    private final Parameter kernel;
    private final Parameter bias;
    private final LSTM fused;
    /** The same kernel, answering its state after the last step too. */
    private final LSTM resumable;
    private LstmLayer stepByStep;

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
        resumable = LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).optReturnState(true).build();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray kernelValue = store.getValue(kernel, x.getDevice(), training);
        NDArray biasValue = store.getValue(bias, x.getDevice(), training);
        if (stepByStep != null) {
            return new NDList(stepByStep.forwardWith(kernelValue, biasValue, x, new NDList(), training).head());
        }
        return new NDList(onKernel(fused, inputSize, hidden, kernelValue, biasValue, x, training));
    }

    @Override
    public NDList forwardFrom(ParameterStore store, NDArray x, NDList state, boolean training) {
        NDArray kernelValue = store.getValue(kernel, x.getDevice(), training);
        NDArray biasValue = store.getValue(bias, x.getDevice(), training);
        if (stepByStep != null) {
            return stepByStep.forwardWith(kernelValue, biasValue, x, state, training);
        }
        // The kernel takes and gives its states as (layers, B, n).
        NDList begin;
        if (state.isEmpty()) {
            NDArray zeros = x.getManager().zeros(new Shape(1, x.getShape().get(0), hidden), x.getDataType(), x.getDevice());
            begin = new NDList(zeros, zeros);
        } else {
            begin = new NDList(state.get(0).expandDims(0), state.get(1).expandDims(0));
        }
        NDList outputs = mapped(resumable, inputSize, hidden, kernelValue, biasValue, x, begin, training);
        return new NDList(outputs.get(0), outputs.get(1).squeeze(0), outputs.get(2).squeeze(0));
    }

    /**
     * The article's cell on a fused kernel block from the zero state, its parameters mapped as the
     * class comment says.
     *
     * @param fused a one-layer, batch-first LSTM block of width {@code hidden}
     * @param inputSize the input width {@code in}
     * @param hidden the hidden width {@code n}
     * @param kernelValue the article's kernel {@code (in + n, 4n)}
     * @param biasValue the article's bias {@code (4n)}
     * @param x the input {@code (B, T, in)}
     * @param training whether this is a training pass
     * @return the outputs {@code (B, T, n)}
     */
    static NDArray onKernel(LSTM fused, int inputSize, int hidden, NDArray kernelValue, NDArray biasValue, NDArray x,
            boolean training) {
        NDArray zeros = x.getManager().zeros(new Shape(1, x.getShape().get(0), hidden), x.getDataType(), x.getDevice());
        return mapped(fused, inputSize, hidden, kernelValue, biasValue, x, new NDList(zeros, zeros), training).head();
    }

    /** The kernel block's pass from the states {@code (1, B, n)}, with the article's parameters mapped. */
    private static NDList mapped(LSTM block, int inputSize, int hidden, NDArray kernelValue, NDArray biasValue, NDArray x,
            NDList begin, boolean training) {
        Device device = x.getDevice();
        NDList gates = kernelValue.split(4, 1);
        NDList weights = NDArrays.concat(new NDList(gates.get(0), gates.get(2), gates.get(1), gates.get(3)), 1)
                .transpose()
                .split(new long[] {inputSize}, 1);
        NDList biases = biasValue.split(4, 0);
        NDArray inputBias = NDArrays.concat(new NDList(
                biases.get(0), biases.get(2).add(LstmLayer.FORGET_BIAS), biases.get(1), biases.get(3)), 0);
        NDArray hiddenBias = x.getManager().zeros(new Shape(4L * hidden), x.getDataType(), device);

        List<Parameter> kernelParameters = List.copyOf(block.getParameters().values());
        MappedParameters values = new MappedParameters(x.getManager(), Map.of(
                kernelParameters.get(0), weights.get(0),
                kernelParameters.get(1), weights.get(1),
                kernelParameters.get(2), inputBias,
                kernelParameters.get(3), hiddenBias));
        return block.forward(values, new NDList(x, begin.get(0), begin.get(1)), training, null);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        fused.initialize(manager, dataType, inputShapes);
        resumable.initialize(manager, dataType, inputShapes);
        Optional<String> problem = FusedKernelCheck.problem(manager, inputSize, hidden, inputShapes[0].get(0), inputShapes[0].get(1));
        stepByStep = problem.map(p -> new LstmLayer(inputSize, hidden)).orElse(null);
        problem.filter(WARNED::add).ifPresent(p -> LOG.log(System.Logger.Level.WARNING, p
                + ": the article's LSTM runs step by step here, with the same parameters (slower; setting"
                + " ONEDNN_MAX_CPU_ISA=AVX2 avoids the faulty kernel on AVX-512 CPUs)"));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        return new Shape[] {new Shape(input.get(0), input.get(1), hidden)};
    }
}
