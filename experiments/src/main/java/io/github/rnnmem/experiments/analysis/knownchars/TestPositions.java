package io.github.rnnmem.experiments.analysis.knownchars;

import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.data.BatchCursor;
import io.github.rnnmem.experiments.data.BatchSampler;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.SequenceSet;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;

/**
 * The positions accuracy given known characters is counted on: every character of the first
 * {@code n} test sequences, in order, with the number of characters of its word seen there.
 */
final class TestPositions {

    private final SequenceSet sequences;
    private final int count;

    /**
     * Chooses the sequences.
     *
     * @param test the test split
     * @param limit how many sequences from the first, at most the split's size; empty for all
     */
    TestPositions(SequenceSet test, java.util.OptionalInt limit) {
        this.sequences = test;
        this.count = Math.min(test.size(), limit.orElse(test.size()));
    }

    /**
     * How many sequences are counted.
     *
     * @return the count
     */
    int sequences() {
        return count;
    }

    /**
     * Ranks every position with a predictor and counts it.
     *
     * @param ranker the predictor
     * @param batchSize sequences per batch
     * @param tally where positions are counted
     * @param progress shows the batches
     * @param what the progress line's name
     */
    void tally(Ranker ranker, int batchSize, KnownCharsTally tally, ProgressReporter progress, String what) {
        BatchSampler sampler = BatchSampler.evaluation(sequences, batchSize);
        int batches = (count + batchSize - 1) / batchSize;
        try (ProgressTask task = progress.start(what, count, "sequences")) {
            for (int i = 0; i < batches; i++) {
                Batch batch = sampler.batch(new BatchCursor(0, i));
                int[] ranks = ranker.ranks(batch);
                int counted = 0;
                for (int b = 0; b < batch.batchSize(); b++) {
                    if (batch.sequences()[b] >= count) {
                        continue;
                    }
                    counted++;
                    int wordStart = 0;
                    for (int t = 0; t < batch.time(); t++) {
                        int at = b * batch.time() + t;
                        int input = batch.inputs()[at];
                        if (input == InputAlphabet.PADDING) {
                            break;
                        }
                        if (input == InputAlphabet.SPACE) {
                            wordStart = t;
                        }
                        tally.count(t - wordStart, batch.targets()[at], ranks[at]);
                    }
                }
                task.advance(counted);
            }
        }
    }
}
