package io.github.rnnmem.units.gru;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import io.github.rnnmem.api.layer.AbstractUnrolledLayer;
import java.util.function.Function;

/**
 * TensorFlow 1's {@code GRUCell}, the GRU the article trained.
 *
 * <p>With {@code [x, h]} the concatenation of the input and the previous output, {@code s} the
 * logistic sigmoid and {@code *} the elementwise product:
 *
 * <pre>
 *   r, u = split(s([x, h] W_g + b_g), 2)       W_g: (in + n, 2n), b_g: (2n), initialised to 1.0
 *   c    = tanh([x, r * h] W_c + b_c)          W_c: (in + n, n),  b_c: (n),  initialised to 0.0
 *   h'   = u * h + (1 - u) * c
 * </pre>
 *
 * The reset gate multiplies {@code h} before the product with {@code W_c}, unlike the
 * cuDNN-style fused kernel. Kernels are Glorot-uniform. Parameters: {@code 3 (in + n) n + 3 n}.
 *
 * <p>Unrolled: the input rows of both kernels form the projection {@code W_x = [W_g[:in],
 * W_c[:in]]} of shape {@code (in, 3n)}, so a step needs only the two recurrent products. Those take
 * the recurrent rows transposed once per pass ({@code T} suffix), as {@link Linear#linear} wants them:
 * on MXNet that is one fully-connected operator, faster than {@code dot} forward and backward.
 */
final class GruLayer extends AbstractUnrolledLayer {

    private final Parameter gatesKernel;
    private final Parameter gatesBias;
    private final Parameter candidateKernel;
    private final Parameter candidateBias;

    GruLayer(int inputSize, int hidden) {
        super(inputSize, hidden);
        gatesKernel = addKernel("gates_kernel", inputSize + hidden, 2L * hidden);
        gatesBias = addBias("gates_bias", 2L * hidden, 1f);
        candidateKernel = addKernel("candidate_kernel", inputSize + hidden, hidden);
        candidateBias = addBias("candidate_bias", hidden, 0f);
    }

    @Override
    protected int stateCount() {
        return 1;
    }

    @Override
    protected Cell bind(Function<Parameter, NDArray> values) {
        NDList gates = values.apply(gatesKernel).split(new long[] {inputSize}, 0);
        NDList candidate = values.apply(candidateKernel).split(new long[] {inputSize}, 0);
        NDArray inputWeights = gates.get(0).concat(candidate.get(0), 1);
        NDArray inputBias = values.apply(gatesBias).concat(values.apply(candidateBias), 0);
        return new GruCell(inputWeights, inputBias, gates.get(1).transpose(), candidate.get(1).transpose(), hidden);
    }

    /** The GRU step with its recurrent kernels bound. */
    private record GruCell(
            NDArray inputWeights, NDArray inputBias, NDArray gatesRecurrentT, NDArray candidateRecurrentT, int hidden)
            implements Cell {

        @Override
        public long[] inputParts() {
            return new long[] {2L * hidden};
        }

        @Override
        public NDList step(NDList input, NDList state) {
            NDArray h = state.head();
            NDList gates = Activation.sigmoid(input.get(0).add(Linear.linear(h, gatesRecurrentT).head())).split(2, 1);
            NDArray reset = gates.get(0);
            NDArray update = gates.get(1);
            NDArray candidate = input.get(1).add(Linear.linear(reset.mul(h), candidateRecurrentT).head()).tanh();
            return new NDList(candidate.add(update.mul(h.sub(candidate))));
        }
    }
}
