package io.github.rnnmem.experiments.analysis.suggestions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.util.List;

/**
 * The model's autocomplete suggestions along a text: at every position, the {@code k} most probable
 * words of the softmax over all output classes. {@code <pad>} and {@code <unknown>} are never
 * suggested; their probability still counts in the softmax's denominator, as the model defines it.
 */
public final class Suggester {

    /** The first output class that is a word: classes below it are padding and unknown. */
    public static final int FIRST_WORD = Vocabulary.UNKNOWN + 1;

    private Suggester() {}

    /**
     * The suggestions at every position of a text.
     *
     * @param model the model
     * @param manager the manager of the model's engine and device
     * @param inputs the text's input ids
     * @param topK how many words per position
     * @param vocabulary the output vocabulary
     * @return per position, the suggestions from the most probable down
     */
    public static List<List<Suggestion>> along(AutocompleteModel model, NDManager manager, int[] inputs, int topK,
            Vocabulary vocabulary) {
        return distributions(model, manager, inputs).stream().map(d -> d.top(topK, vocabulary)).toList();
    }

    /**
     * The output distribution at every position of a text, from one forward pass.
     *
     * @param model the model
     * @param manager the manager of the model's engine and device
     * @param inputs the text's input ids
     * @return per position, the softmax over all output classes
     */
    public static List<WordDistribution> distributions(AutocompleteModel model, NDManager manager, int[] inputs) {
        float[] probabilities;
        try (NDManager scratch = manager.newSubManager()) {
            NDArray ids = scratch.create(inputs, new Shape(1, inputs.length));
            NDArray logits = model.forward(new ParameterStore(scratch, false), new NDList(ids), false).head();
            probabilities = logits.softmax(2).toType(DataType.FLOAT32, false).toFloatArray();
        }
        return WordDistribution.rows(probabilities, model.outputClasses());
    }
}
