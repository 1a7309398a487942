package io.github.rnnmem.experiments.analysis.scores;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.experiments.analysis.connectivity.PassPlan;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a model's output at positions of sequences, forward only, in batches. A position is a
 * {@link RowRequest}: a sequence's input ids, the position {@code t} and its target class.
 *
 * <p>With {@code z} the logits at {@code t} over {@code V} output classes, the target {@code c}
 * and the word classes {@code W} (all but {@code <pad>} and {@code <unknown>}):
 *
 * <pre>
 *   log p(c)  = z_c - log sum_v exp(z_v)
 *   rank(c)   = |{ w in W : z_w > z_c }|          0 when c is the top suggestion
 *   top       = argmax_{w in W} z_w
 * </pre>
 *
 * {@link #whole} lets the unit see the whole prefix {@code x_0..x_t}: each distinct sequence runs
 * once, {@code (B, T)} at a time, and every position of it is read from the same pass. {@link
 * #window} lets it see only the last {@code d} characters {@code x_{t-d+1}..x_t}, from a fresh zero
 * state: each window is a sequence of its own, windows of similar length share a pass {@code (K,
 * L)} padded at the end, and each reads its last step (the output at a step does not depend on
 * later inputs, so the padding changes nothing). A window as long as the prefix is the prefix.
 */
public final class PositionScorer {

    /** The most numbers of one pass's logits, which bounds its memory. */
    private static final long MOST_LOGITS = 1L << 23;

    private final AutocompleteModel model;
    private final NDManager manager;
    private final int[] classes;
    private final long budget;

    /**
     * Prepares scoring.
     *
     * @param model the model, on {@code manager}
     * @param manager the manager of the model's engine and device
     * @param classes the classes whose log-probabilities are kept at every position; may be empty
     * @param budget the most character steps {@code B T} of one pass
     */
    public PositionScorer(AutocompleteModel model, NDManager manager, int[] classes, long budget) {
        this.model = model;
        this.manager = manager;
        this.classes = classes.clone();
        this.budget = Math.max(1, Math.min(budget, MOST_LOGITS / model.outputClasses()));
    }

    /**
     * Scores positions seeing their whole prefix.
     *
     * @param requests the positions
     * @return the scores, in the requests' order
     */
    public PositionScores whole(List<RowRequest> requests) {
        Map<int[], List<Integer>> bySequence = new IdentityHashMap<>();
        List<int[]> sequences = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int[] inputs = requests.get(i).inputs();
            bySequence.computeIfAbsent(inputs, s -> {
                sequences.add(s);
                return new ArrayList<>();
            }).add(i);
        }
        Collector scores = new Collector(requests.size());
        int first = 0;
        while (first < sequences.size()) {
            int length = sequences.get(first).length;
            int end = first + 1;
            while (end < sequences.size()
                    && (long) (end - first + 1) * Math.max(length, sequences.get(end).length) <= budget) {
                length = Math.max(length, sequences.get(end).length);
                end++;
            }
            List<int[]> batch = sequences.subList(first, end);
            List<RowRequest> positions = new ArrayList<>();
            List<Integer> into = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int b = 0; b < batch.size(); b++) {
                for (int i : bySequence.get(batch.get(b))) {
                    positions.add(requests.get(i));
                    into.add(i);
                    at.add(b * length + requests.get(i).position());
                }
            }
            int rows = batch.size();
            int[] ids = new int[rows * length];
            int[] targets = new int[rows * length];
            for (int b = 0; b < rows; b++) {
                System.arraycopy(batch.get(b), 0, ids, b * length, batch.get(b).length);
            }
            for (int k = 0; k < positions.size(); k++) {
                targets[at.get(k)] = positions.get(k).outputClass();
            }
            try (NDManager scratch = manager.newSubManager()) {
                ParameterStore store = new ParameterStore(scratch, false);
                NDArray hidden = model.encode(store, embedded(store, scratch, ids, rows, length), false);
                scores.add(score(store, scratch, hidden, targets, rows, length), at, into);
            }
            first = end;
        }
        return scores.result();
    }

    /**
     * Scores positions seeing only the last {@code d} characters before each, from a zero state.
     *
     * @param requests the positions
     * @param window {@code d}, at least 1
     * @return the scores, in the requests' order
     */
    public PositionScores window(List<RowRequest> requests, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, got " + window);
        }
        List<RowRequest> windows = new ArrayList<>(requests.size());
        for (RowRequest request : requests) {
            int t = request.position();
            int start = Math.max(0, t - window + 1);
            windows.add(new RowRequest(Arrays.copyOfRange(request.inputs(), start, t + 1), t - start,
                    request.outputClass()));
        }
        PassPlan plan = PassPlan.triangle(windows, budget);
        Collector scores = new Collector(requests.size());
        for (int p = 0; p < plan.passes().size(); p++) {
            List<Integer> pass = plan.passes().get(p);
            int length = plan.lengths().get(p);
            int copies = pass.size();
            int[] ids = new int[copies * length];
            float[] selector = new float[copies * length];
            int[] targets = new int[copies];
            List<Integer> at = new ArrayList<>(copies);
            for (int k = 0; k < copies; k++) {
                RowRequest request = windows.get(pass.get(k));
                System.arraycopy(request.inputs(), 0, ids, k * length, request.inputs().length);
                selector[k * length + request.position()] = 1;
                targets[k] = request.outputClass();
                at.add(k);
            }
            try (NDManager scratch = manager.newSubManager()) {
                ParameterStore store = new ParameterStore(scratch, false);
                NDArray hidden = model.encode(store, embedded(store, scratch, ids, copies, length), false);
                NDArray mask = scratch.create(selector, new Shape(copies, length, 1)).toType(hidden.getDataType(), false);
                NDArray last = hidden.mul(mask).sum(new int[] {1}).reshape(copies, 1, hidden.getShape().get(2));
                scores.add(score(store, scratch, last, targets, copies, 1), at, pass);
            }
        }
        return scores.result();
    }

    private NDArray embedded(ParameterStore store, NDManager scratch, int[] ids, int rows, int length) {
        NDArray input = scratch.create(ids, new Shape(rows, length));
        return model.embed(store, AutocompleteModel.oneHot(input, DataType.FLOAT32), false);
    }

    /** The scores of every step of {@code hidden (B, T, H)}, row-major, read back from the engine. */
    private Pass score(ParameterStore store, NDManager scratch, NDArray hidden, int[] targets, int rows, int length) {
        NDArray logits = model.logits(store, hidden, false);
        NDArray logProbabilities = logits.logSoftmax(2);
        NDArray index = scratch.create(targets, new Shape(rows, length, 1)).toType(DataType.INT64, false);
        NDIndex pick = new NDIndex().addAllDim(2).addPickDim(index);
        NDArray target = logProbabilities.get(pick).reshape(rows, length);
        NDArray targetLogit = logits.get(pick).reshape(rows, length, 1);
        NDArray words = logits.get(new NDIndex(":, :, " + Suggester.FIRST_WORD + ":"));
        NDArray rank = words.gt(targetLogit).toType(DataType.INT32, false).sum(new int[] {2});
        NDArray top = words.argMax(2).toType(DataType.INT32, false);
        float[] chosen = new float[0];
        if (classes.length > 0) {
            float[] selection = new float[model.outputClasses() * classes.length];
            for (int c = 0; c < classes.length; c++) {
                selection[classes[c] * classes.length + c] = 1;
            }
            NDArray matrix = scratch.create(selection, new Shape(model.outputClasses(), classes.length))
                    .toType(logProbabilities.getDataType(), false);
            chosen = logProbabilities.reshape((long) rows * length, model.outputClasses()).matMul(matrix)
                    .toType(DataType.FLOAT32, false).toFloatArray();
        }
        return new Pass(target.toType(DataType.FLOAT32, false).toFloatArray(), rank.toType(DataType.INT32, false)
                .toIntArray(), top.toIntArray(), chosen);
    }

    /** One pass's scores at every step, row-major. */
    private record Pass(float[] logProbability, int[] rank, int[] top, float[] classes) {}

    /** Gathers the scores of the requests from the passes. */
    private final class Collector {

        private final float[] logProbability;
        private final int[] rank;
        private final int[] top;
        private final float[][] chosen;

        Collector(int size) {
            logProbability = new float[size];
            rank = new int[size];
            top = new int[size];
            chosen = new float[size][];
        }

        /** Takes step {@code at.get(k)} of a pass for request {@code into.get(k)}. */
        void add(Pass pass, List<Integer> at, List<Integer> into) {
            for (int k = 0; k < at.size(); k++) {
                int step = at.get(k);
                int request = into.get(k);
                logProbability[request] = pass.logProbability()[step];
                rank[request] = pass.rank()[step];
                top[request] = pass.top()[step] + Suggester.FIRST_WORD;
                chosen[request] = Arrays.copyOfRange(pass.classes(), step * classes.length,
                        (step + 1) * classes.length);
            }
        }

        PositionScores result() {
            return new PositionScores(logProbability, rank, top, chosen);
        }
    }
}
