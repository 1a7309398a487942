package io.github.rnnmem.units.lstm;

import ai.djl.ndarray.NDArray;
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

/**
 * DJL's own fused LSTM (gate order i, f, g, o, two bias vectors per gate, its parameters under
 * {@code 01kernel_}), refused at initialisation where {@link FusedKernelCheck} finds that the kernel
 * computes wrong results, instead of training on them. Its input-to-hidden forget bias starts at
 * 1.0, so that it starts where the article's cell does. The zero initial state is made in the
 * input's type, so that the layer runs in float64 too.
 */
final class CheckedFusedLstm extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int inputSize;
    private final int hidden;
    private final LSTM kernel;

    CheckedFusedLstm(int inputSize, int hidden) {
        super(VERSION);
        this.inputSize = inputSize;
        this.hidden = hidden;
        kernel = addChildBlock("kernel", LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).build());
        kernel.setInitializer(Initializers.glorotUniform(), Parameter.Type.WEIGHT);
        kernel.setInitializer(new ForgetGateBias(hidden), "l_0_i2h_BIAS");
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray zeros = x.getManager().zeros(new Shape(1, x.getShape().get(0), hidden), x.getDataType(), x.getDevice());
        return new NDList(kernel.forward(store, new NDList(x, zeros, zeros), training, params).head());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        FusedKernelCheck.problem(manager, inputSize, hidden, inputShapes[0].get(0), inputShapes[0].get(1)).ifPresent(problem -> {
            throw new IllegalStateException(problem + ": variant fused cannot be trained here; use variant article"
                    + " (which then runs step by step), another engine, or ONEDNN_MAX_CPU_ISA=AVX2 on AVX-512 CPUs");
        });
        kernel.initialize(manager, dataType, inputShapes);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        return new Shape[] {new Shape(input.get(0), input.get(1), hidden)};
    }
}
