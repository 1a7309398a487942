package org.example.mgu;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import io.github.rnnmem.api.layer.AbstractUnrolledLayer;
import java.util.function.Function;

/**
 * A layer of minimal gated units. With x the input, h the previous output, s the logistic sigmoid
 * and * the elementwise product:
 *
 * <pre>
 *   f  = s(x W_f + h U_f + b_f)                forget gate
 *   c  = tanh(x W_c + (f * h) U_c + b_c)       candidate
 *   h' = (1 - f) * h + f * c
 * </pre>
 *
 * kernel = [W_f W_c; U_f U_c], shape (in + n, 2n), Glorot-uniform; b_f starts at gate_bias, b_c at 0.
 */
final class MguLayer extends AbstractUnrolledLayer {

    private final Parameter kernel;
    private final Parameter gateBias;
    private final Parameter candidateBias;

    MguLayer(int inputSize, int hidden, float initialGateBias) {
        super(inputSize, hidden);
        kernel = addKernel("kernel", inputSize + hidden, 2L * hidden);
        gateBias = addBias("gate_bias", hidden, initialGateBias);
        candidateBias = addBias("candidate_bias", hidden, 0f);
    }

    @Override
    protected int stateCount() {
        return 1;                                                 // the state is h alone
    }

    @Override
    protected Cell bind(Function<Parameter, NDArray> values) {    // once per forward pass
        NDList rows = values.apply(kernel).split(new long[] {inputSize}, 0);
        NDArray inputWeights = rows.get(0);                       // [W_f W_c]: (in, 2n)
        NDList recurrent = rows.get(1).split(2, 1);               // U_f, U_c: (n, n) each
        NDArray inputBias = values.apply(gateBias).concat(values.apply(candidateBias), 0);
        return new Cell() {
            @Override
            public NDArray inputWeights() {                       // x W + b is computed for all steps at once
                return inputWeights;
            }

            @Override
            public NDArray inputBias() {
                return inputBias;
            }

            @Override
            public long[] inputParts() {                          // step gets x W_f + b_f and x W_c + b_c
                return new long[] {hidden};
            }

            @Override
            public NDList step(NDList input, NDList state) {
                NDArray h = state.head();
                NDArray f = Activation.sigmoid(input.get(0).add(h.dot(recurrent.get(0))));
                NDArray c = input.get(1).add(f.mul(h).dot(recurrent.get(1))).tanh();
                return new NDList(h.add(f.mul(c.sub(h))));        // (1 - f) * h + f * c, output first
            }
        };
    }
}
