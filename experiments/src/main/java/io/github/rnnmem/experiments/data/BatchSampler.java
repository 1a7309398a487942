package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.data.internal.SplitMix64;
import java.util.Arrays;

/**
 * Cuts a split into mini-batches.
 *
 * <p>A training sampler visits, in each epoch, a permutation of the split drawn with {@link
 * SplitMix64} from the seed {@code SplitMix64.derive(seed, epoch)}, cut into batches of {@code
 * batchSize} sequences, the last partial batch kept. An evaluation sampler visits the split in
 * order, the same in every epoch. Any batch can be assembled from its {@link BatchCursor}, so
 * resuming from a cursor gives the same batches as running on.
 *
 * <p>Assembly reads the sequences from the mapped file and allocates only the batch's arrays.
 */
public final class BatchSampler {

    private final SequenceSet sequences;
    private final int batchSize;
    private final boolean shuffled;
    private final long seed;
    private volatile EpochOrder cached;

    private BatchSampler(SequenceSet sequences, int batchSize, boolean shuffled, long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.sequences = sequences;
        this.batchSize = batchSize;
        this.shuffled = shuffled;
        this.seed = seed;
    }

    /**
     * A sampler for training: a new seeded shuffle every epoch.
     *
     * @param sequences the split
     * @param batchSize sequences per batch
     * @param seed the seed the epochs' orders derive from
     * @return the sampler
     */
    public static BatchSampler training(SequenceSet sequences, int batchSize, long seed) {
        return new BatchSampler(sequences, batchSize, true, seed);
    }

    /**
     * A sampler for evaluation: the split in order, no shuffle.
     *
     * @param sequences the split
     * @param batchSize sequences per batch
     * @return the sampler
     */
    public static BatchSampler evaluation(SequenceSet sequences, int batchSize) {
        return new BatchSampler(sequences, batchSize, false, 0);
    }

    /**
     * How many batches one pass over the split has: {@code ceil(size / batchSize)}.
     *
     * @return the count
     */
    public int batchesPerEpoch() {
        return (sequences.size() + batchSize - 1) / batchSize;
    }

    /**
     * The cursor of the batch after a given one, moving to the next epoch after the last batch.
     *
     * @param cursor a batch's cursor
     * @return the next cursor
     */
    public BatchCursor next(BatchCursor cursor) {
        return cursor.batch() + 1 < batchesPerEpoch()
                ? new BatchCursor(cursor.epoch(), cursor.batch() + 1)
                : new BatchCursor(cursor.epoch() + 1, 0);
    }

    /**
     * Assembles the batch at a cursor.
     *
     * @param cursor which epoch and batch
     * @return the batch
     * @throws IllegalArgumentException when the epoch has no such batch
     */
    public Batch batch(BatchCursor cursor) {
        if (cursor.batch() >= batchesPerEpoch()) {
            throw new IllegalArgumentException(
                    "batch " + cursor.batch() + " outside an epoch of " + batchesPerEpoch() + " batches");
        }
        int[] order = order(cursor.epoch());
        int from = cursor.batch() * batchSize;
        int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
        int time = 0;
        for (int row : rows) {
            time = Math.max(time, sequences.length(row));
        }
        int[] inputs = new int[rows.length * time];
        int[] targets = new int[rows.length * time];
        float[] paddingMask = new float[rows.length * time];
        float[] knownMask = new float[rows.length * time];
        for (int r = 0; r < rows.length; r++) {
            int offset = r * time;
            sequences.copyInputs(rows[r], inputs, offset);
            sequences.copyTargets(rows[r], targets, offset);
            int end = offset + sequences.length(rows[r]);
            for (int cell = offset; cell < end; cell++) {
                paddingMask[cell] = 1f;
                knownMask[cell] = targets[cell] == Vocabulary.UNKNOWN ? 0f : 1f;
            }
        }
        return new Batch(rows.length, time, inputs, targets, paddingMask, knownMask, rows);
    }

    private int[] order(int epoch) {
        int key = shuffled ? epoch : 0;
        EpochOrder current = cached;
        if (current == null || current.epoch() != key) {
            int[] order = shuffled
                    ? new SplitMix64(SplitMix64.derive(seed, epoch)).permutation(sequences.size())
                    : identity(sequences.size());
            current = new EpochOrder(key, order);
            cached = current;
        }
        return current.order();
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return order;
    }

    /** The visiting order of one epoch; evaluation keeps its one order under epoch 0. */
    private record EpochOrder(int epoch, int[] order) {}
}
