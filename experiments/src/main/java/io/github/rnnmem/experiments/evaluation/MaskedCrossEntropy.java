package io.github.rnnmem.experiments.evaluation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Softmax cross entropy per character, with a mask of the characters that count.
 *
 * <pre>
 *   nll[b, t] = -log softmax(logits[b, t])[target[b, t]]       (B, T)
 *   loss      = sum(nll * mask) / sum(mask)                      the training loss: a mean per
 *                                                                counted character, as the article
 * </pre>
 *
 * The mask excludes padding and {@code <unknown>} targets. The logits keep their shape {@code
 * (B, T, V)}: at the article's size, reshaping them to {@code (B T, V)} inside the graph made
 * MXNet's training step twice as slow.
 */
public final class MaskedCrossEntropy {

    private MaskedCrossEntropy() {}

    /**
     * The negative log-likelihood of every target.
     *
     * @param logits {@code (B, T, V)}
     * @param targets target ids {@code (B, T)}
     * @return {@code (B, T)}
     */
    public static NDArray negativeLogLikelihood(NDArray logits, NDArray targets) {
        Shape shape = targets.getShape();
        NDArray index = targets.toType(DataType.INT64, false).reshape(shape.get(0), shape.get(1), 1);
        NDArray picked = logits.logSoftmax(2).get(new NDIndex().addAllDim(2).addPickDim(index));
        return picked.neg().reshape(shape);
    }

    /**
     * The training loss: mean negative log-likelihood over the counted characters.
     *
     * @param logits {@code (B, T, V)}
     * @param targets target ids {@code (B, T)}
     * @param mask 1 where the character counts, else 0, {@code (B, T)}
     * @return a scalar
     */
    public static NDArray loss(NDArray logits, NDArray targets, NDArray mask) {
        NDArray weights = mask.toType(logits.getDataType(), false);
        return negativeLogLikelihood(logits, targets).mul(weights).sum().div(weights.sum().maximum(1));
    }
}
