package io.github.rnnmem.experiments.data;

/**
 * A position in batch iteration: the next batch to take. Saved with a checkpoint, it lets training
 * resume with exactly the batches an uninterrupted run would have seen.
 *
 * @param epoch the epoch, from 0
 * @param batch the batch within the epoch, from 0
 */
public record BatchCursor(int epoch, int batch) {

    /** The first batch of the first epoch. */
    public static final BatchCursor START = new BatchCursor(0, 0);

    /** Checks both numbers are not negative. */
    public BatchCursor {
        if (epoch < 0 || batch < 0) {
            throw new IllegalArgumentException("a batch cursor has no negative parts: epoch " + epoch + ", batch " + batch);
        }
    }
}
