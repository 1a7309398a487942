package io.github.rnnmem.experiments.data;

/**
 * A mini-batch of sequences, padded to the longest of them. Arrays are row-major {@code
 * [batchSize, time]}: element {@code (b, t)} is at {@code b * time + t}.
 *
 * @param batchSize the number of sequences (the last batch of an epoch may be smaller)
 * @param time the length of the longest sequence in the batch
 * @param inputs input ids ({@link InputAlphabet}), {@link InputAlphabet#PADDING} after a
 *     sequence's end
 * @param targets output ids ({@link Vocabulary}), {@link Vocabulary#PADDING} after a sequence's end
 * @param paddingMask 1 where the position holds a character, 0 on padding
 * @param knownMask 1 where the position holds a character whose target is not {@link
 *     Vocabulary#UNKNOWN}, 0 elsewhere: the positions the loss counts
 * @param sequences the index of each row's sequence within its split
 */
public record Batch(
        int batchSize, int time, int[] inputs, int[] targets, float[] paddingMask, float[] knownMask, int[] sequences) {

    /** Checks every array has the batch's shape. */
    public Batch {
        int cells = batchSize * time;
        if (inputs.length != cells || targets.length != cells || paddingMask.length != cells || knownMask.length != cells
                || sequences.length != batchSize) {
            throw new IllegalArgumentException("arrays do not match a batch of " + batchSize + " x " + time);
        }
    }
}
