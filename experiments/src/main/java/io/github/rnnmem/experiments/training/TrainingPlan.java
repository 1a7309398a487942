package io.github.rnnmem.experiments.training;

import io.github.rnnmem.experiments.config.TrainingConfig;
import java.util.Objects;

/**
 * How one unit is trained.
 *
 * @param training the experiment's training settings: the optimizer's, and how often to validate,
 *     checkpoint and snapshot
 * @param steps the total number of optimizer updates, at least 1
 * @param identity the training identity of the unit (see the run package), stored in checkpoints
 */
public record TrainingPlan(TrainingConfig training, long steps, String identity) {

    /** Checks the parts; the settings checked themselves. */
    public TrainingPlan {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(identity, "identity");
        if (steps < 1) {
            throw new IllegalArgumentException("a unit is trained at least one step, not " + steps);
        }
    }

    /**
     * How many batches of the validation split form the fixed subset the validation loss is
     * computed on.
     *
     * @return {@code ceil(validation_sequences / batch_size)}
     */
    public int validationBatches() {
        return (training.validationSequences() + training.batchSize() - 1) / training.batchSize();
    }
}
