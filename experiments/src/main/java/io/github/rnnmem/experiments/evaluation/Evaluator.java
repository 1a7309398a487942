package io.github.rnnmem.experiments.evaluation;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.data.BatchCursor;
import io.github.rnnmem.experiments.data.BatchSampler;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.evaluation.MaskedCrossEntropy;

/** Scores a model on batches, without gradients. */
public final class Evaluator {

    private final AutocompleteModel model;
    private final NDManager manager;
    private final ParameterStore store;

    /**
     * Creates an evaluator.
     *
     * @param model the model, initialised
     * @param manager the manager of the model's engine and device
     */
    public Evaluator(AutocompleteModel model, NDManager manager) {
        this.model = model;
        this.manager = manager;
        this.store = new ParameterStore(manager, false);
    }

    /**
     * Scores the first {@code batches} batches of an evaluation sampler.
     *
     * @param sampler an evaluation sampler (in order, no shuffle)
     * @param batches how many batches, at most one epoch
     * @param progress advanced by one per batch
     * @return the scores
     */
    public Scores score(BatchSampler sampler, int batches, ProgressTask progress) {
        Scores scores = new Scores();
        int count = Math.min(batches, sampler.batchesPerEpoch());
        for (int i = 0; i < count; i++) {
            score(sampler.batch(new BatchCursor(0, i)), scores);
            progress.advance(1);
        }
        return scores;
    }

    /**
     * Scores one batch.
     *
     * @param batch the batch
     * @param scores receives the batch's negative log-likelihoods and predictions
     */
    public void score(Batch batch, Scores scores) {
        try (NDScope scope = new NDScope()) {
            Shape shape = new Shape(batch.batchSize(), batch.time());
            NDArray inputs = manager.create(batch.inputs(), shape);
            NDArray targets = manager.create(batch.targets(), shape);
            NDArray logits = model.forward(store, new NDList(inputs), false).head();
            float[] nll = MaskedCrossEntropy.negativeLogLikelihood(logits, targets).toFloatArray();
            long[] predictions = logits.argMax(2).toType(DataType.INT64, false).toLongArray();
            scores.add(batch, nll, predictions);
            scope.suppressNotUsedWarning();
        }
    }
}
