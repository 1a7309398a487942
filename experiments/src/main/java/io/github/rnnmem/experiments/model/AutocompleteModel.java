package io.github.rnnmem.experiments.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;
import io.github.rnnmem.api.layer.Initializers;
import io.github.rnnmem.api.layer.ResumableLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's autocomplete model.
 *
 * <p>Shapes, with {@code B} sequences of {@code T} characters, embedding size {@code E}, hidden
 * size {@code H} of the last layer and {@code V} output classes:
 *
 * <pre>
 *   input ids      (B, T)     in [0, 28): 0 = padding, 1 = space, 2..27 = a..z
 *   embedded       (B, T, E)  = onehot(ids, 28) [0; W_e]      W_e: (27, E), the padding row is 0
 *   hidden         (B, T, H)  = layer_L(... layer_1(embedded))
 *   logits         (B, T, V)  = hidden W_o + b_o              W_o: (H, V), b_o: (V)
 * </pre>
 *
 * The embedding's padding row is a constant zero, not a parameter: only the 27 rows of space and
 * a..z are trained, initialised {@code U(-1/sqrt(27), 1/sqrt(27))} as in the article. {@code W_o}
 * is Glorot-uniform and {@code b_o} zero, TensorFlow's dense-layer defaults. The lookup is a
 * product with the one-hot input, so that gradients with respect to the one-hot input are
 * available to the connectivity analysis.
 */
public final class AutocompleteModel extends AbstractBlock {

    /** Size of the input vocabulary: padding, space and a..z. */
    public static final int INPUT_SYMBOLS = 28;

    private static final byte VERSION = 1;

    private final UnitLayerCheck check;
    private final int embeddingSize;
    private final int outputClasses;
    private final List<Block> layers;
    private final Parameter embedding;
    private final Parameter outputWeight;
    private final Parameter outputBias;

    /**
     * Assembles the model; {@link ModelFactory#build()} does.
     *
     * @param check checks the layers at initialisation, and says {@code H}, the width of every
     *     layer's output
     * @param embeddingSize {@code E}
     * @param layers the recurrent layers, the first taking {@code E} inputs
     * @param outputClasses {@code V}
     */
    AutocompleteModel(UnitLayerCheck check, int embeddingSize, List<Block> layers, int outputClasses) {
        super(VERSION);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("the model needs at least one recurrent layer");
        }
        int hidden = check.hidden();
        this.check = check;
        this.embeddingSize = embeddingSize;
        this.outputClasses = outputClasses;
        this.layers = List.copyOf(layers);
        float limit = (float) Math.sqrt(1.0 / (INPUT_SYMBOLS - 1));
        embedding = addParameter(Parameter.builder()
                .setName("embedding")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(INPUT_SYMBOLS - 1, embeddingSize))
                .optInitializer(new UniformInitializer(limit))
                .build());
        for (int i = 0; i < layers.size(); i++) {
            addChildBlock("layer" + i, layers.get(i));
        }
        outputWeight = addParameter(Parameter.builder()
                .setName("dense_kernel")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(hidden, outputClasses))
                .optInitializer(Initializers.glorotUniform())
                .build());
        outputBias = addParameter(Parameter.builder()
                .setName("dense_bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(outputClasses))
                .optInitializer(Initializers.constant(0f))
                .build());
    }

    /**
     * The recurrent layers, first to last.
     *
     * @return the layers
     */
    public List<Block> layers() {
        return layers;
    }

    /**
     * The embedding parameter {@code W_e}, shape {@code (27, E)}.
     *
     * @return the parameter
     */
    public Parameter embeddingParameter() {
        return embedding;
    }

    /**
     * The output layer's parameters {@code W_o} and {@code b_o}.
     *
     * @return the weight then the bias
     */
    public List<Parameter> denseParameters() {
        return List.of(outputWeight, outputBias);
    }

    /**
     * The output vocabulary size.
     *
     * @return {@code V}
     */
    public int outputClasses() {
        return outputClasses;
    }

    /**
     * The embedding table with its constant zero padding row.
     *
     * @param store the parameter store
     * @param like an array on the device and of the type wanted
     * @param training whether this is a training pass
     * @return {@code [0; W_e]}, shape {@code (28, E)}
     */
    public NDArray embeddingTable(ParameterStore store, NDArray like, boolean training) {
        NDArray rows = store.getValue(embedding, like.getDevice(), training);
        NDArray padding = like.getManager().zeros(new Shape(1, embeddingSize), rows.getDataType());
        return padding.concat(rows, 0);
    }

    /**
     * One-hot encodes input ids.
     *
     * @param ids input ids {@code (B, T)}
     * @param dataType the floating-point type of the result
     * @return {@code (B, T, 28)}
     */
    public static NDArray oneHot(NDArray ids, DataType dataType) {
        return ids.toType(DataType.INT32, false).oneHot(INPUT_SYMBOLS).toType(dataType, false);
    }

    /**
     * Embeds one-hot inputs.
     *
     * @param store the parameter store
     * @param oneHot {@code (B, T, 28)}
     * @param training whether this is a training pass
     * @return {@code (B, T, E)}
     */
    public NDArray embed(ParameterStore store, NDArray oneHot, boolean training) {
        return Linear.linear(oneHot, embeddingTable(store, oneHot, training).transpose()).head();
    }

    /**
     * Runs the recurrent layers.
     *
     * @param store the parameter store
     * @param embedded {@code (B, T, E)}
     * @param training whether this is a training pass
     * @return the last layer's outputs {@code (B, T, H)}
     */
    public NDArray encode(ParameterStore store, NDArray embedded, boolean training) {
        NDArray x = embedded;
        for (Block layer : layers) {
            x = layer.forward(store, new NDList(x), training).head();
        }
        return x;
    }

    /**
     * Whether every recurrent layer can go on from a state ({@link ResumableLayer}), so that {@link
     * #encodeFrom} can run.
     *
     * @return true when all layers resume
     */
    public boolean resumable() {
        return layers.stream().allMatch(layer -> layer instanceof ResumableLayer);
    }

    /**
     * Runs the recurrent layers on from the states an earlier call ended with.
     *
     * @param store the parameter store
     * @param embedded {@code (B, T, E)}
     * @param states each layer's state, as the earlier call returned them; an empty list for the
     *     zero states every sequence starts from
     * @param training whether this is a training pass
     * @return the last layer's outputs and each layer's state after the last step
     * @throws IllegalStateException when a layer cannot resume ({@link #resumable()})
     */
    public Encoded encodeFrom(ParameterStore store, NDArray embedded, List<NDList> states, boolean training) {
        if (!resumable()) {
            throw new IllegalStateException("a recurrent layer of this model cannot go on from a state");
        }
        NDArray x = embedded;
        List<NDList> after = new ArrayList<>(layers.size());
        for (int i = 0; i < layers.size(); i++) {
            NDList state = states.isEmpty() ? new NDList() : states.get(i);
            NDList out = ((ResumableLayer) layers.get(i)).forwardFrom(store, x, state, training);
            x = out.head();
            after.add(out.subNDList(1));
        }
        return new Encoded(x, after);
    }

    /**
     * What the recurrent layers computed from a state.
     *
     * @param hidden the last layer's outputs {@code (B, T, H)}
     * @param states each layer's state after the last step, first layer first
     */
    public record Encoded(NDArray hidden, List<NDList> states) {}

    /**
     * The output layer.
     *
     * @param store the parameter store
     * @param hidden {@code (B, T, H)}
     * @param training whether this is a training pass
     * @return logits {@code (B, T, V)}
     */
    public NDArray logits(ParameterStore store, NDArray hidden, boolean training) {
        NDArray weight = store.getValue(outputWeight, hidden.getDevice(), training);
        NDArray bias = store.getValue(outputBias, hidden.getDevice(), training);
        return Linear.linear(hidden, weight.transpose(), bias).head();
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray ids = inputs.head();
        NDArray embedded = embed(store, oneHot(ids, DataType.FLOAT32), training);
        return new NDList(logits(store, encode(store, embedded, training), training));
    }

    /**
     * Initialises the recurrent layers, then checks their first forward pass (see {@link
     * UnitLayerCheck}): a broken unit is reported here, before any training.
     */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape shape = new Shape(inputShapes[0].get(0), inputShapes[0].get(1), embeddingSize);
        for (int i = 0; i < layers.size(); i++) {
            check.initialize(i, layers.get(i), manager, dataType, shape);
            shape = new Shape(shape.get(0), shape.get(1), check.hidden());
        }
        check.firstForwardPass(layers, embeddingSize, manager, dataType);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(1), outputClasses)};
    }

    /**
     * Every parameter of the recurrent layers.
     *
     * @return the parameters, layer by layer
     */
    public List<Parameter> recurrentParameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (Block layer : layers) {
            layer.getParameters().values().forEach(parameters::add);
        }
        return parameters;
    }
}
