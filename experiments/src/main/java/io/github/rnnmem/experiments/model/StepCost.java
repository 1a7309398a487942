package io.github.rnnmem.experiments.model;

/**
 * An estimate of the work and tensor memory of one training step (forward, backward and Adam
 * update) on a full batch.
 *
 * <p>With {@code N = B T} characters per batch, {@code P_r} recurrent and {@code P_d} dense
 * parameters, and the embedding done as a product with the one-hot input ({@code 28 E} per
 * character):
 *
 * <pre>
 *   forward FLOPs   = 2 N (28 E + P_r + P_d)      every weight is used once per character
 *   step FLOPs      = 3 x forward                 backward costs about twice the forward
 *   parameter bytes = 16 P                         weights, gradients, Adam's two moments (float32)
 *   logits bytes    = 3 x 4 N V                    logits, log-softmax, their gradient
 *   recurrent bytes = 3 x 4 N G                    G = sum over layers of P_l / (in_l + H_l), the
 *                                                  gate pre-activations per character; each is
 *                                                  kept as pre-activation, activation and product
 * </pre>
 *
 * Engines add workspace and allocator overhead on top, so a process needs more than this.
 *
 * @param flops floating-point operations of one step
 * @param parameterBytes weights, gradients and optimizer state
 * @param logitsBytes the output layer's activations and gradient
 * @param recurrentBytes the recurrent layers' kept activations
 */
public record StepCost(double flops, long parameterBytes, long logitsBytes, long recurrentBytes) {

    private static final int FLOAT_BYTES = 4;

    /**
     * Estimates the cost of a step.
     *
     * @param counts the model's parameter counts
     * @param batchSize {@code B}
     * @param time {@code T}, the longest sequence
     * @param embedding {@code E}
     * @param gateWidth {@code G}, the gate pre-activations per character over all layers
     * @param outputClasses {@code V}
     * @return the estimate
     */
    public static StepCost estimate(
            ParameterCounts counts, int batchSize, int time, int embedding, long gateWidth, int outputClasses) {
        double characters = (double) batchSize * time;
        double forward = 2 * characters * (AutocompleteModel.INPUT_SYMBOLS * (double) embedding + counts.recurrent() + counts.dense());
        long parameters = 4L * FLOAT_BYTES * counts.total();
        long logits = 3L * FLOAT_BYTES * (long) characters * outputClasses;
        long recurrent = (long) (FLOAT_BYTES * characters * 3 * gateWidth);
        return new StepCost(3 * forward, parameters, logits, recurrent);
    }

    /**
     * All tensor memory.
     *
     * @return the sum of the three parts, in bytes
     */
    public long totalBytes() {
        return parameterBytes + logitsBytes + recurrentBytes;
    }
}
