package io.github.rnnmem.experiments.training;

import java.util.Objects;

/**
 * How one unit is trained.
 *
 * @param adam the optimizer's settings
 * @param steps the total number of optimizer updates
 * @param validateEvery steps between two validations (and always at the last step)
 * @param validationBatches how many batches of the validation split form the fixed subset
 * @param checkpointEvery steps between two checkpoints (and always at the last step)
 * @param snapshotEvery steps between two weight snapshots, a multiple of {@code validateEvery}
 * @param identity the training identity of the unit (see the run package), stored in checkpoints
 */
public record TrainingPlan(
        AdamSettings adam,
        long steps,
        int validateEvery,
        int validationBatches,
        int checkpointEvery,
        int snapshotEvery,
        String identity) {

    /** Checks the numbers. */
    public TrainingPlan {
        Objects.requireNonNull(adam, "adam");
        Objects.requireNonNull(identity, "identity");
        if (steps < 1 || validateEvery < 1 || validationBatches < 1 || checkpointEvery < 1 || snapshotEvery < 1) {
            throw new IllegalArgumentException("steps, validateEvery, validationBatches, checkpointEvery and snapshotEvery"
                    + " must be positive, got " + steps + ", " + validateEvery + ", " + validationBatches + ", "
                    + checkpointEvery + ", " + snapshotEvery);
        }
        if (snapshotEvery % validateEvery != 0) {
            throw new IllegalArgumentException("snapshotEvery " + snapshotEvery + " is not a multiple of validateEvery "
                    + validateEvery);
        }
    }
}
