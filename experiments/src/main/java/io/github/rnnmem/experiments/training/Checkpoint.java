package io.github.rnnmem.experiments.training;

import java.util.Objects;

/**
 * Everything needed to continue training a unit exactly where it stopped.
 *
 * <p>No random generator state is needed beyond the data cursor: the engine's generator is used
 * only to initialise the parameters, before the first step, and the order of the training batches
 * is a function of the seed and the epoch (see {@link io.github.rnnmem.experiments.data.BatchSampler}).
 *
 * @param identity the training identity of the unit the checkpoint belongs to: the hash of what decides its weights
 * @param step the number of optimizer updates done
 * @param epoch the epoch of the next batch
 * @param batch the index of the next batch within its epoch
 * @param seconds training time so far, summed over every invocation of the run
 * @param finished whether training reached its last step
 * @param parameters the model's parameters, as {@code Block.saveParameters} writes them
 * @param optimizer the optimizer's state, as {@link AdamOptimizer#save()} writes it
 */
public record Checkpoint(
        String identity,
        long step,
        int epoch,
        int batch,
        double seconds,
        boolean finished,
        byte[] parameters,
        byte[] optimizer) {

    /** Checks the parts are present and consistent. */
    public Checkpoint {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(optimizer, "optimizer");
        if (step < 0 || epoch < 0 || batch < 0 || seconds < 0) {
            throw new IllegalArgumentException("negative checkpoint position: step " + step + ", epoch " + epoch
                    + ", batch " + batch + ", seconds " + seconds);
        }
    }
}
