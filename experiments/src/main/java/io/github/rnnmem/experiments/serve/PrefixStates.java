package io.github.rnnmem.experiments.serve;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.experiments.analysis.suggestions.WordDistribution;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One unit's reading of the text it was last given: the last layer's output {@code h_t} at every
 * position, and the recurrent state of every layer at the ends of the pieces it read, so that a
 * text that shares a prefix with it costs only the steps of the characters after that prefix.
 *
 * <p>Typing a character is one step of every layer from the state after the text before it;
 * deleting one costs nothing (the outputs up to there are kept, since {@code h_t} depends on
 * characters {@code 0..t} only). Pasting {@code n} characters reads them in pieces of at most
 * {@value #PIECE}, keeping the state at the end of each, and the last {@value #TAIL} one by one, so
 * that deleting and retyping up to {@value #TAIL} characters costs a step per character, and an
 * edit further back at most {@value #PIECE} steps more. Outputs and states are held as Java arrays, so
 * every engine array lives only during one call. For a model with a layer that cannot go on from a
 * state ({@link AutocompleteModel#resumable()}), a changed text is read whole again.
 *
 * <p>Not thread-safe: one unit's worker uses it.
 */
final class PrefixStates {

    /** The most characters read in one piece. */
    static final int PIECE = 32;
    /** The last characters of a text, read one at a time so that deleting and retyping them costs one step. */
    static final int TAIL = 8;

    private final AutocompleteModel model;
    private final NDManager manager;
    private String text = "";
    private final List<float[]> outputs = new ArrayList<>();
    /** Prefix length: each layer's state after it, its arrays with their shapes. */
    private final TreeMap<Integer, List<List<Saved>>> states = new TreeMap<>();
    private volatile long steps;

    /**
     * Prepares the cache of a model.
     *
     * @param model the unit's model
     * @param manager the manager of its engine and device
     */
    PrefixStates(AutocompleteModel model, NDManager manager) {
        this.model = model;
        this.manager = manager;
    }

    /**
     * The last layer's output at positions of a text.
     *
     * @param newText the text, each character one input
     * @param positions positions in {@code [0, T)}
     * @return {@code h_t} of each position, {@code H} values each
     */
    float[][] hidden(String newText, int[] positions) {
        read(newText);
        float[][] result = new float[positions.length][];
        for (int i = 0; i < positions.length; i++) {
            result[i] = outputs.get(positions[i]);
        }
        return result;
    }

    /**
     * The output distributions of hidden outputs.
     *
     * @param hidden {@code h_t} of some positions
     * @return the softmax over all output classes of each
     */
    List<WordDistribution> distributions(float[][] hidden) {
        int width = hidden[0].length;
        float[] flat = new float[hidden.length * width];
        for (int i = 0; i < hidden.length; i++) {
            System.arraycopy(hidden[i], 0, flat, i * width, width);
        }
        float[] probabilities;
        try (NDManager scratch = manager.newSubManager()) {
            NDArray states = scratch.create(flat, new Shape(1, hidden.length, width));
            NDArray logits = model.logits(new ParameterStore(scratch, false), states, false);
            probabilities = logits.softmax(2).toType(DataType.FLOAT32, false).toFloatArray();
        }
        int classes = model.outputClasses();
        List<WordDistribution> result = new ArrayList<>(hidden.length);
        for (int i = 0; i < hidden.length; i++) {
            result.add(new WordDistribution(Arrays.copyOfRange(probabilities, i * classes, (i + 1) * classes)));
        }
        return result;
    }

    /**
     * How many character steps the layers have taken, over all texts: the work the cache did not
     * save.
     *
     * @return the steps
     */
    long steps() {
        return steps;
    }

    private void read(String newText) {
        int common = 0;
        int shorter = Math.min(text.length(), newText.length());
        while (common < shorter && text.charAt(common) == newText.charAt(common)) {
            common++;
        }
        outputs.subList(common, outputs.size()).clear();
        states.tailMap(common, false).clear();
        text = newText.substring(0, common);
        if (common == newText.length()) {
            return;
        }
        if (!model.resumable()) {
            outputs.clear();
            outputs.addAll(run(newText, 0, newText.length(), List.of()));
            text = newText;
            return;
        }
        Map.Entry<Integer, List<List<Saved>>> from = states.floorEntry(common);
        int start = from == null ? 0 : from.getKey();
        List<List<Saved>> state = from == null ? List.of() : from.getValue();
        outputs.subList(start, outputs.size()).clear();
        while (start < newText.length()) {
            int left = newText.length() - start;
            int end = left > TAIL ? start + Math.min(PIECE, left - TAIL) : start + 1;
            List<List<Saved>> after = new ArrayList<>();
            outputs.addAll(run(newText, start, end, state, after));
            states.put(end, after);
            state = after;
            start = end;
        }
        text = newText;
    }

    /** The outputs of characters {@code [start, end)} of a text read whole from the zero state. */
    private List<float[]> run(String newText, int start, int end, List<List<Saved>> state) {
        return run(newText, start, end, state, null);
    }

    /**
     * Reads characters {@code [start, end)} from a state.
     *
     * @param after receives each layer's state after the last character, or null when the model is
     *     read whole without states
     * @return {@code h_t} of each character
     */
    private List<float[]> run(String newText, int start, int end, List<List<Saved>> state, List<List<Saved>> after) {
        int[] ids = InputAlphabet.encode(newText.substring(start, end));
        steps += (long) ids.length * model.layers().size();
        try (NDManager scratch = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(scratch, false);
            NDArray embedded = model.embed(store, AutocompleteModel.oneHot(scratch.create(ids, new Shape(1, ids.length)),
                    DataType.FLOAT32), false);
            NDArray hidden;
            if (after == null) {
                hidden = model.encode(store, embedded, false);
            } else {
                List<NDList> begin = new ArrayList<>();
                for (List<Saved> layer : state) {
                    NDList arrays = new NDList();
                    layer.forEach(saved -> arrays.add(scratch.create(saved.values(), saved.shape())));
                    begin.add(arrays);
                }
                AutocompleteModel.Encoded encoded = model.encodeFrom(store, embedded, begin, false);
                hidden = encoded.hidden();
                for (NDList layer : encoded.states()) {
                    List<Saved> saved = new ArrayList<>();
                    layer.forEach(array -> saved.add(new Saved(array.toType(DataType.FLOAT32, false).toFloatArray(),
                            array.getShape())));
                    after.add(saved);
                }
            }
            float[] values = hidden.toType(DataType.FLOAT32, false).toFloatArray();
            int width = values.length / ids.length;
            List<float[]> result = new ArrayList<>(ids.length);
            for (int t = 0; t < ids.length; t++) {
                result.add(Arrays.copyOfRange(values, t * width, (t + 1) * width));
            }
            return result;
        }
    }

    /** One array of a state, held outside the engine. */
    private record Saved(float[] values, Shape shape) {}
}
