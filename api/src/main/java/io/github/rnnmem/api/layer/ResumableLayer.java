package io.github.rnnmem.api.layer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;

/**
 * A recurrent layer that can go on from where an earlier pass stopped: it hands back its state
 * after the last step and takes a state to start from. A model that extends its input by a few
 * characters then steps through those only, not through the whole sequence again; the result is
 * the same as one pass over the whole sequence.
 *
 * <p>For an input {@code x} split along time into {@code x_1} and {@code x_2}:
 *
 * <pre>
 *   [y_1, s_1] = forwardFrom(x_1, [])          [] is the zero state every pass starts from
 *   [y_2, s_2] = forwardFrom(x_2, s_1)
 *   concat(y_1, y_2) = forward(x)              along time
 * </pre>
 *
 * The state is a list of arrays whose first dimension is the batch; what they hold is the layer's
 * own affair (for an LSTM {@code [h, c]}, each {@code (B, hidden)}). {@link AbstractUnrolledLayer}
 * implements this interface for every unit written on it; the contract test kit checks the
 * equation above for every layer that implements it.
 */
public interface ResumableLayer {

    /**
     * Runs the layer on from a state.
     *
     * @param store the parameter store
     * @param x the input {@code (B, T, inputSize)}
     * @param state the state before the first step: empty for the zero state, else a state this
     *     layer returned for the same batch size
     * @param training whether this is a training pass
     * @return the outputs {@code (B, T, hidden)}, then the arrays of the state after the last step
     */
    NDList forwardFrom(ParameterStore store, NDArray x, NDList state, boolean training);
}
