package io.github.rnnmem.experiments.analysis.connectivity;

import java.util.Objects;

/**
 * One connectivity row to compute: the input ids of a sequence, the output position {@code t}
 * whose score is differentiated, and the output class whose score it is.
 *
 * @param inputs the sequence's input ids, at least {@code t + 1} of them (later ones are not read)
 * @param position {@code t}, in {@code [0, inputs.length)}
 * @param outputClass the class whose score at {@code t} is differentiated
 */
public record RowRequest(int[] inputs, int position, int outputClass) {

    /** Checks the position. */
    public RowRequest {
        Objects.requireNonNull(inputs, "inputs");
        if (position < 0 || position >= inputs.length) {
            throw new IllegalArgumentException("position " + position + " outside a sequence of " + inputs.length);
        }
        if (outputClass < 0) {
            throw new IllegalArgumentException("negative output class " + outputClass);
        }
    }

    /**
     * How many leading characters the row depends on.
     *
     * @return {@code t + 1}
     */
    public int prefixLength() {
        return position + 1;
    }
}
