package io.github.rnnmem.experiments.analysis.suggestions;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.util.ArrayList;
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
        float[] probabilities;
        try (NDManager scratch = manager.newSubManager()) {
            NDArray ids = scratch.create(inputs, new Shape(1, inputs.length));
            NDArray logits = model.forward(new ParameterStore(scratch, false), new NDList(ids), false).head();
            probabilities = logits.softmax(2).toType(DataType.FLOAT32, false).toFloatArray();
        }
        int classes = vocabulary.outputClasses();
        List<List<Suggestion>> suggestions = new ArrayList<>(inputs.length);
        for (int t = 0; t < inputs.length; t++) {
            suggestions.add(top(probabilities, t * classes, classes, topK, vocabulary));
        }
        return suggestions;
    }

    /** The {@code k} largest of one position's probabilities among the word classes, largest first. */
    private static List<Suggestion> top(float[] probabilities, int offset, int classes, int k, Vocabulary vocabulary) {
        int count = Math.min(k, classes - FIRST_WORD);
        int[] best = new int[count];
        int filled = 0;
        for (int id = FIRST_WORD; id < classes; id++) {
            float p = probabilities[offset + id];
            if (filled < count || p > probabilities[offset + best[filled - 1]]) {
                int i = Math.min(filled, count - 1);
                while (i > 0 && p > probabilities[offset + best[i - 1]]) {
                    best[i] = best[i - 1];
                    i--;
                }
                best[i] = id;
                filled = Math.min(filled + 1, count);
            }
        }
        List<Suggestion> result = new ArrayList<>(count);
        for (int i = 0; i < filled; i++) {
            result.add(new Suggestion(best[i], vocabulary.word(best[i]), probabilities[offset + best[i]]));
        }
        return result;
    }
}
