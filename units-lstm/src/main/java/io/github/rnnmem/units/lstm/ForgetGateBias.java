package io.github.rnnmem.units.lstm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * Initialises the bias of a fused LSTM kernel (gate order i, f, g, o, each {@code hidden} wide)
 * to zero except the forget gate, which starts at {@link LstmLayer#FORGET_BIAS}.
 */
final class ForgetGateBias implements Initializer {

    private final int hidden;

    ForgetGateBias(int hidden) {
        this.hidden = hidden;
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        NDArray bias = manager.zeros(shape, dataType);
        bias.set(new NDIndex(hidden + ":" + 2 * hidden), LstmLayer.FORGET_BIAS);
        return bias;
    }
}
