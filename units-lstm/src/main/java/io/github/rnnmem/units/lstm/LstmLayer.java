package io.github.rnnmem.units.lstm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import io.github.rnnmem.api.layer.AbstractUnrolledLayer;
import java.util.Map;
import java.util.function.Function;

/**
 * TensorFlow 1's {@code BasicLSTMCell}, the LSTM the article trained.
 *
 * <p>With {@code [x, h]} the concatenation of the input and the previous output, {@code s} the
 * logistic sigmoid and {@code *} the elementwise product:
 *
 * <pre>
 *   i, j, f, o = split([x, h] W + b, 4)        W: (in + n, 4n), b: (4n), initialised to 0.0
 *   c' = c * s(f + 1.0) + s(i) * tanh(j)
 *   h' = tanh(c') * s(o)
 * </pre>
 *
 * The constant 1.0 is the forget bias, added in the graph rather than stored in {@code b}. The
 * kernel is Glorot-uniform. Parameters: {@code 4 (in + n) n + 4 n}. State: {@code [h, c]}.
 *
 * <p>Unrolled: the projection is {@code W_x = W[:in]} with bias {@code b + [0, 0, 1, 0]}, so a step
 * needs only the recurrent product {@code h W[in:]}, taken with {@code W[in:]} transposed once per pass
 * by {@link Linear#linear} (one fully-connected operator on MXNet, faster there than {@code dot}).
 */
final class LstmLayer extends AbstractUnrolledLayer {

    /** The constant added to the forget gate's pre-activation. */
    static final float FORGET_BIAS = 1f;

    private final Parameter kernel;
    private final Parameter bias;

    LstmLayer(int inputSize, int hidden) {
        super(inputSize, hidden);
        kernel = addKernel("kernel", inputSize + hidden, 4L * hidden);
        bias = addBias("bias", 4L * hidden, 0f);
    }

    /**
     * Runs the cell with given parameter values instead of this layer's own, without touching its
     * parameters, from a state: how {@link LstmOnFusedKernel} computes its cell where the kernel is
     * unsound.
     *
     * @param kernelValue {@code W}, shape {@code (in + n, 4n)}
     * @param biasValue {@code b}, shape {@code (4n)}
     * @param x the input {@code (B, T, in)}
     * @param state empty for the zero state, else {@code [h, c]}, each {@code (B, n)}
     * @param training whether this is a training pass
     * @return the outputs {@code (B, T, n)}, then {@code [h, c]} after the last step
     */
    NDList forwardWith(NDArray kernelValue, NDArray biasValue, NDArray x, NDList state, boolean training) {
        MappedParameters values = new MappedParameters(x.getManager(), Map.of(kernel, kernelValue, bias, biasValue));
        return forwardFrom(values, x, state, training);
    }

    @Override
    protected int stateCount() {
        return 2;
    }

    @Override
    protected Cell bind(Function<Parameter, NDArray> values) {
        NDList rows = values.apply(kernel).split(new long[] {inputSize}, 0);
        NDArray b = values.apply(bias);
        NDArray forgetBias = b.getManager().zeros(b.getShape(), b.getDataType());
        forgetBias.set(new NDIndex(2L * hidden + ":" + 3L * hidden), FORGET_BIAS);
        return new LstmCell(rows.get(0), b.add(forgetBias), rows.get(1).transpose());
    }

    /** The LSTM step with its recurrent kernel bound. */
    private record LstmCell(NDArray inputWeights, NDArray inputBias, NDArray recurrentT) implements Cell {

        @Override
        public NDList step(NDList input, NDList state) {
            NDArray h = state.get(0);
            NDArray c = state.get(1);
            NDList gates = input.head().add(Linear.linear(h, recurrentT).head()).split(4, 1);
            NDArray inputGate = Activation.sigmoid(gates.get(0));
            NDArray candidate = gates.get(1).tanh();
            NDArray forget = Activation.sigmoid(gates.get(2));
            NDArray output = Activation.sigmoid(gates.get(3));
            NDArray memory = c.mul(forget).add(inputGate.mul(candidate));
            return new NDList(memory.tanh().mul(output), memory);
        }
    }
}
