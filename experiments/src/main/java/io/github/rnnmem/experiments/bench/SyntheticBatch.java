package io.github.rnnmem.experiments.bench;

import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Full batches of random characters and targets: what a step costs does not depend on them. */
final class SyntheticBatch {

    private static final int FIRST_TARGET = 2;

    private SyntheticBatch() {}

    /**
     * A batch without padding, every target counted.
     *
     * @param size the shapes
     * @param seed the random seed
     * @return {@code B x T} random input ids (no padding) and targets (no padding or {@code
     *     <unknown>})
     */
    static Batch of(BenchSize size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int cells = size.batch() * size.time();
        int[] inputs = random.ints(cells, 1, AutocompleteModel.INPUT_SYMBOLS).toArray();
        int[] targets = random.ints(cells, FIRST_TARGET, size.classes()).toArray();
        float[] ones = new float[cells];
        Arrays.fill(ones, 1f);
        int[] sequences = new int[size.batch()];
        Arrays.setAll(sequences, i -> i);
        return new Batch(size.batch(), size.time(), inputs, targets, ones, ones.clone(), sequences);
    }
}
