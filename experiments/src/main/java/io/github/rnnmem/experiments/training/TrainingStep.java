package io.github.rnnmem.experiments.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.evaluation.MaskedCrossEntropy;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.util.ArrayList;
import java.util.List;

/**
 * One training step of a model: forward pass, masked cross entropy, backward pass, and Adam's
 * update of every trainable parameter.
 */
public final class TrainingStep {

    private final AutocompleteModel model;
    private final NDManager manager;
    private final ParameterStore store;
    private final AdamOptimizer optimizer;

    /**
     * Prepares the steps of a model.
     *
     * @param model the model, initialised on {@code manager}
     * @param manager the manager of the engine and device
     * @param training the training settings, whose Adam hyperparameters the optimizer takes
     */
    public TrainingStep(AutocompleteModel model, NDManager manager, TrainingConfig training) {
        this.model = model;
        this.manager = manager;
        this.store = new ParameterStore(manager, false);
        this.optimizer = new AdamOptimizer(trainable(model), training, manager);
    }

    /**
     * The optimizer, whose state checkpoints save.
     *
     * @return Adam over the model's trainable parameters
     */
    public AdamOptimizer optimizer() {
        return optimizer;
    }

    /**
     * The forward and backward pass of a batch, leaving the gradients in the parameters; a loss
     * that is not finite is returned without a backward pass.
     *
     * @param batch the batch
     * @return the batch's loss
     */
    public double gradients(Batch batch) {
        try (NDScope scope = new NDScope()) {
            Shape shape = new Shape(batch.batchSize(), batch.time());
            NDArray inputs = manager.create(batch.inputs(), shape);
            NDArray targets = manager.create(batch.targets(), shape);
            NDArray mask = manager.create(batch.knownMask(), shape);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray logits = model.forward(store, new NDList(inputs), true).head();
                NDArray loss = MaskedCrossEntropy.loss(logits, targets, mask);
                double value = loss.getFloat();
                if (Double.isFinite(value)) {
                    collector.backward(loss);
                }
                scope.suppressNotUsedWarning();
                return value;
            }
        }
    }

    /**
     * A whole step: {@link #gradients}, then Adam's update when the loss is finite.
     *
     * @param batch the batch
     * @return the batch's loss
     */
    public double run(Batch batch) {
        double loss = gradients(batch);
        if (Double.isFinite(loss)) {
            optimizer.update();
        }
        return loss;
    }

    /**
     * The parameters training changes: all but constants.
     *
     * @param model the model
     * @return its parameters that require gradients, in the model's order
     */
    public static List<Parameter> trainable(AutocompleteModel model) {
        List<Parameter> parameters = new ArrayList<>();
        for (Pair<String, Parameter> pair : model.getParameters()) {
            if (pair.getValue().requiresGradient()) {
                parameters.add(pair.getValue());
            }
        }
        return parameters;
    }
}
