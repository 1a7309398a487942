package io.github.rnnmem.experiments.analysis.knownchars;

import io.github.rnnmem.experiments.data.Batch;

/** Ranks the target of every position of a batch among the words a predictor suggests there. */
interface Ranker {

    /**
     * The rank of every position's target.
     *
     * @param batch the batch
     * @return row-major {@code (B, T)}: the target's rank from 0, {@link KnownCharsTally#MISS} when
     *     it is not suggested; anything at padding or {@code <unknown>} targets
     */
    int[] ranks(Batch batch);
}
