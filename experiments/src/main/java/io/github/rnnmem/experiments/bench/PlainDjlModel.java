package io.github.rnnmem.experiments.bench;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.modality.nlp.DefaultVocabulary;
import ai.djl.modality.nlp.embedding.TrainableWordEmbedding;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.recurrent.GRU;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.SoftmaxCrossEntropyLoss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The model a DJL user would write for the same task, as the peer of rnnmem's model: DJL's
 * {@link TrainableWordEmbedding}, single-layer fused GRU or LSTM blocks stacked, {@link Linear},
 * {@link SoftmaxCrossEntropyLoss}, and DJL's {@link Trainer} with its Adam.
 */
final class PlainDjlModel implements AutoCloseable {

    private static final float LEARNING_RATE = 0.001f;

    private final Model model;
    private final Trainer trainer;
    private final Shape shape;

    /**
     * Builds and initialises the model, and runs one step so that the optimizer's state exists
     * before any measurement (whose arrays are freed after it).
     *
     * @param engine the engine's name
     * @param family {@code gru} or {@code lstm}
     * @param size the batch, embedding and class shapes
     * @param hidden the width of every layer
     * @param layers the number of layers
     */
    PlainDjlModel(String engine, String family, BenchSize size, int hidden, int layers) {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < AutocompleteModel.INPUT_SYMBOLS; i++) {
            symbols.add(Integer.toString(i));
        }
        SequentialBlock net = new SequentialBlock();
        net.add(TrainableWordEmbedding.builder().setVocabulary(new DefaultVocabulary(symbols))
                .setEmbeddingSize(size.embedding()).build());
        for (int i = 0; i < layers; i++) {
            net.add(recurrent(family, hidden));
        }
        int classes = size.classes();
        net.add(Linear.builder().setUnits(classes).build());
        net.add(new LambdaBlock(logits -> new NDList(logits.head().reshape(-1, classes))));
        model = Model.newInstance("plain-" + family, Device.cpu(), engine);
        model.setBlock(net);
        DefaultTrainingConfig config = new DefaultTrainingConfig(new SoftmaxCrossEntropyLoss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(LEARNING_RATE)).build())
                .optDevices(new Device[] {Device.cpu()});
        trainer = model.newTrainer(config);
        shape = new Shape(size.batch(), size.time());
        trainer.initialize(shape);
        step(SyntheticBatch.of(size, 0));
    }

    private static Block recurrent(String family, int hidden) {
        return "gru".equals(family)
                ? GRU.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).build()
                : LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).build();
    }

    /**
     * One training step as DJL's {@code EasyTrain.trainBatch} does it: forward, loss, backward,
     * then the optimizer's update.
     *
     * @param batch the batch
     * @return its time in milliseconds
     */
    double step(Batch batch) {
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDArray ids = manager.create(batch.inputs(), shape);
            if ("MXNet".equals(manager.getEngine().getEngineName())) {
                ids = ids.toType(DataType.FLOAT32, false);
            }
            NDArray targets = manager.create(batch.targets(), new Shape(shape.size()));
            long started = System.nanoTime();
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList predictions = trainer.forward(new NDList(ids));
                collector.backward(trainer.getLoss().evaluate(new NDList(targets), predictions));
            }
            trainer.step();
            Timing.awaitAll(model.getBlock().getParameters().values());
            return Timing.millisSince(started);
        }
    }

    @Override
    public void close() {
        trainer.close();
        model.close();
    }
}
