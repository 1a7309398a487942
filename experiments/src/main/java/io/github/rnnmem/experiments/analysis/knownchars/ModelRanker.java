package io.github.rnnmem.experiments.analysis.knownchars;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.model.AutocompleteModel;

/**
 * Ranks targets among a model's suggestions: the rank of target {@code w} at a position is the
 * number of word classes whose logit is larger than {@code w}'s ({@code <pad>} and {@code
 * <unknown>} are never suggested, so they do not count), computed on the engine without sorting.
 */
final class ModelRanker implements Ranker {

    private final AutocompleteModel model;
    private final NDManager manager;

    ModelRanker(AutocompleteModel model, NDManager manager) {
        this.model = model;
        this.manager = manager;
    }

    @Override
    public int[] ranks(Batch batch) {
        try (NDManager scratch = manager.newSubManager()) {
            Shape shape = new Shape(batch.batchSize(), batch.time());
            int[] targets = batch.targets().clone();
            for (int i = 0; i < targets.length; i++) {
                targets[i] = Math.max(targets[i], Suggester.FIRST_WORD);
            }
            NDArray logits = model.forward(new ParameterStore(scratch, false),
                    new NDList(scratch.create(batch.inputs(), shape)), false).head();
            long rows = shape.size();
            NDArray flat = logits.reshape(rows, logits.getShape().get(2));
            NDArray target = flat.get(new NDIndex().addAllDim().addPickDim(
                    scratch.create(targets, new Shape(rows)).toType(DataType.INT64, false)));
            NDArray words = flat.get(new NDIndex(":, " + Suggester.FIRST_WORD + ":"));
            NDArray above = words.gt(target.reshape(rows, 1)).toType(DataType.INT32, false).sum(new int[] {1});
            return above.toType(DataType.INT32, false).toIntArray();
        }
    }

    /**
     * Sequences per batch such that a batch's logits hold at most about 2^25 numbers.
     *
     * @param time the longest sequence
     * @param vocabulary the output vocabulary
     * @param preferred the batch size wanted
     * @return the batch size, at least 1
     */
    static int batchSize(int time, Vocabulary vocabulary, int preferred) {
        long perSequence = (long) time * vocabulary.outputClasses();
        return (int) Math.max(1, Math.min(preferred, (1L << 25) / perSequence));
    }
}
