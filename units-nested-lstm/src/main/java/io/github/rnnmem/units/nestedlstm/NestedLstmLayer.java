package io.github.rnnmem.units.nestedlstm;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import io.github.rnnmem.api.layer.AbstractUnrolledLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Nested LSTM as the article trained it (a TensorFlow 1 cell built on {@code BasicLSTMCell}).
 *
 * <p>The state is {@code [h, c_0, ..., c_{D-1}]}: the output and one memory per level. Level 0
 * reads {@code (x, h)}; level {@code k > 0} reads the input and hidden state that level {@code
 * k - 1} hands down. With {@code s} the logistic sigmoid and {@code *} the elementwise product, at
 * level {@code k} with input {@code a_k} and hidden state {@code b_k} ({@code a_0 = x}, {@code b_0
 * = h}):
 *
 * <pre>
 *   i, j, f, o = split([a_k, b_k] W_k + b_k', 4)   W_0: (in + n, 4n), W_k: (2n, 4n), b_k': (4n) zeros
 *   a_{k+1} = s(i) * g_k(j)                         g_0 = identity (article) or tanh, g_k = tanh
 *   b_{k+1} = s(f + 1.0) * c_k
 *   m_{D-1} = a_D + b_D                             the innermost memory: a plain LSTM update
 *   m_{k-1} = tanh(m_k) * s(o_k)                    each level's output is its parent's memory
 *   h' = tanh(m_0) * s(o_0),  c_k' = m_k
 * </pre>
 *
 * With depth 1 and {@code g_0 = tanh} this is exactly {@code BasicLSTMCell}. Kernels are
 * Glorot-uniform, biases zero; the forget bias 1.0 is a constant of the graph. Parameters: {@code
 * 4 (in + n) n + 4n + (D - 1)(8 n^2 + 4n)}.
 *
 * <p>Unrolled: level 0's input rows {@code W_0[:in]} form the projection done for all steps at
 * once; deeper levels depend on the step's state and run inside it. Kernels used inside a step are
 * transposed once per pass ({@code T} suffix) for {@link Linear#linear}, one fully-connected operator
 * with its bias on MXNet, faster there than {@code dot}.
 */
final class NestedLstmLayer extends AbstractUnrolledLayer {

    private static final float FORGET_BIAS = 1f;

    private final int depth;
    private final boolean identityOuterActivation;
    private final List<Parameter> kernels = new ArrayList<>();
    private final List<Parameter> biases = new ArrayList<>();

    NestedLstmLayer(int inputSize, int hidden, int depth, boolean identityOuterActivation) {
        super(inputSize, hidden);
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        this.depth = depth;
        this.identityOuterActivation = identityOuterActivation;
        for (int level = 0; level < depth; level++) {
            long rows = level == 0 ? inputSize + hidden : 2L * hidden;
            kernels.add(addKernel("kernel_" + level, rows, 4L * hidden));
            biases.add(addBias("bias_" + level, 4L * hidden, 0f));
        }
    }

    @Override
    protected int stateCount() {
        return depth + 1;
    }

    @Override
    protected Cell bind(Function<Parameter, NDArray> values) {
        NDList outerRows = values.apply(kernels.get(0)).split(new long[] {inputSize}, 0);
        List<NDArray> innerKernelsT = new ArrayList<>();
        List<NDArray> innerBiases = new ArrayList<>();
        for (int level = 1; level < depth; level++) {
            innerKernelsT.add(values.apply(kernels.get(level)).transpose());
            innerBiases.add(withForgetBias(values.apply(biases.get(level))));
        }
        return new NestedLstmCell(
                outerRows.get(0),
                withForgetBias(values.apply(biases.get(0))),
                outerRows.get(1).transpose(),
                innerKernelsT,
                innerBiases,
                identityOuterActivation);
    }

    private NDArray withForgetBias(NDArray bias) {
        NDArray offset = bias.getManager().zeros(bias.getShape(), bias.getDataType());
        offset.set(new NDIndex(2L * hidden + ":" + 3L * hidden), FORGET_BIAS);
        return bias.add(offset);
    }

    /**
     * The nested step with every level's kernels bound.
     *
     * @param inputWeights {@code W_0[:in]}
     * @param inputBias {@code b_0} plus the forget bias
     * @param outerRecurrentT {@code W_0[in:]} transposed
     * @param innerKernelsT {@code W_1 .. W_{D-1}}, each transposed
     * @param innerBiases {@code b_1 .. b_{D-1}}, each plus the forget bias
     * @param identityOuterActivation whether {@code g_0} is the identity
     */
    private record NestedLstmCell(
            NDArray inputWeights,
            NDArray inputBias,
            NDArray outerRecurrentT,
            List<NDArray> innerKernelsT,
            List<NDArray> innerBiases,
            boolean identityOuterActivation)
            implements Cell {

        @Override
        public NDList step(NDList input, NDList state) {
            int depth = innerKernelsT.size() + 1;
            NDArray[] outputGates = new NDArray[depth];
            NDList gates = input.head().add(Linear.linear(state.get(0), outerRecurrentT).head()).split(4, 1);
            NDArray candidate = identityOuterActivation ? gates.get(1) : gates.get(1).tanh();
            for (int level = 0; ; level++) {
                NDArray handedInput = Activation.sigmoid(gates.get(0)).mul(candidate);
                NDArray handedHidden = Activation.sigmoid(gates.get(2)).mul(state.get(level + 1));
                outputGates[level] = Activation.sigmoid(gates.get(3));
                if (level == depth - 1) {
                    return unwind(handedInput.add(handedHidden), outputGates);
                }
                gates = Linear.linear(handedInput.concat(handedHidden, 1), innerKernelsT.get(level), innerBiases.get(level))
                        .head()
                        .split(4, 1);
                candidate = gates.get(1).tanh();
            }
        }

        private static NDList unwind(NDArray innermostMemory, NDArray[] outputGates) {
            int depth = outputGates.length;
            NDArray[] next = new NDArray[depth + 1];
            NDArray memory = innermostMemory;
            for (int level = depth - 1; level >= 0; level--) {
                next[level + 1] = memory;
                memory = memory.tanh().mul(outputGates[level]);
            }
            next[0] = memory;
            return new NDList(next);
        }
    }
}
