package io.github.rnnmem.experiments.analysis.connectivity;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.github.rnnmem.experiments.config.GradientInput;
import io.github.rnnmem.experiments.config.GradientNorm;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.evaluation.MaskedCrossEntropy;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Computes connectivity rows with batched backward passes through DJL's autograd.
 *
 * <p>For a row request with input ids {@code x}, position {@code t} and class {@code c}, and the
 * model's last hidden output {@code h_t} (which depends on {@code x_0..x_t} only), the score is
 *
 * <pre>
 *   s = h_t . W_o[:, c]                          the logit of c, without its constant bias, or
 *   s = log softmax(h_t W_o + b_o)[c]            its log-probability
 * </pre>
 *
 * and the row is, for every input position {@code tau}, the norm of the gradient {@code g_tau}:
 *
 * <pre>
 *   wrt embedding:  g_tau = ds / de_tau            (E)   e_tau the embedding output at tau
 *   wrt one-hot:    g_tau = (ds / de_tau) [0; W_e]^T  (28)  the gradient w.r.t. the one-hot input
 *   row[tau] = ||g_tau||^2 (l2-squared) or ||g_tau|| (l2)
 * </pre>
 *
 * Rows are computed in the passes of a {@link PassPlan}: the {@code K} copies of a pass form one
 * batch {@code (K, L)}, copy {@code k} selects {@code h_{t_k}} with a one-hot mask over time, the
 * scores are summed, and one backward gives every copy's gradient (the copies do not interact).
 * Only the selected classes' weights are used for logits; the log-probability needs the whole
 * output layer for the {@code K} selected positions, never for the whole sequence. Weights take
 * no gradient ({@link DetachedParameters}). Entries after {@code t} are exactly zero: no
 * computation path leads there.
 */
public final class GradientRows {

    private final AutocompleteModel model;
    private final NDManager manager;
    private final GradientInput wrt;
    private final GradientNorm norm;
    private final boolean logProbability;
    private final DataType dataType;
    private final int hidden;
    private final float[] outputWeights;

    /**
     * Prepares the computation.
     *
     * @param model a model, initialised or loaded, on {@code manager}
     * @param manager the manager of the model's engine and device
     * @param wrt what the gradient is taken with respect to
     * @param norm how a gradient vector becomes one number
     * @param logProbability whether the score is the log-probability rather than the logit
     */
    public GradientRows(AutocompleteModel model, NDManager manager, GradientInput wrt, GradientNorm norm,
            boolean logProbability) {
        this.model = model;
        this.manager = manager;
        this.wrt = wrt;
        this.norm = norm;
        this.logProbability = logProbability;
        NDArray weights = model.denseParameters().get(0).getArray();
        this.dataType = weights.getDataType();
        this.hidden = Math.toIntExact(weights.getShape().get(0));
        this.outputWeights = weights.transpose().toType(DataType.FLOAT32, false).toFloatArray();
    }

    /**
     * Computes the rows of the requests.
     *
     * @param requests the rows wanted
     * @param plan how they are grouped into passes, made for these requests
     * @param progress advanced by each pass's character steps
     * @return one row per request, as long as its inputs, zero after its position
     */
    public float[][] rows(List<RowRequest> requests, PassPlan plan, ProgressTask progress) {
        float[][] rows = new float[requests.size()][];
        for (int i = 0; i < requests.size(); i++) {
            rows[i] = new float[requests.get(i).inputs().length];
        }
        for (int p = 0; p < plan.passes().size(); p++) {
            List<Integer> pass = plan.passes().get(p);
            int length = plan.lengths().get(p);
            float[] norms = pass(requests, pass, length);
            for (int k = 0; k < pass.size(); k++) {
                float[] row = rows[pass.get(k)];
                System.arraycopy(norms, k * length, row, 0, Math.min(length, row.length));
            }
            progress.advance((long) pass.size() * length);
        }
        return rows;
    }

    /**
     * What a row's shares divide by: the sum of its entries up to its position, {@code sum_{tau <=
     * t} row[tau]}.
     *
     * @param row a connectivity row
     * @param t its output position
     * @return the sum; empty when it is not positive and finite, a row without gradient
     */
    public static OptionalDouble total(float[] row, int t) {
        double total = 0;
        for (int tau = 0; tau <= t; tau++) {
            total += row[tau];
        }
        return total > 0 && Double.isFinite(total) ? OptionalDouble.of(total) : OptionalDouble.empty();
    }

    /** One backward pass: the norms of copy {@code k} at {@code [k L, (k + 1) L)}. */
    private float[] pass(List<RowRequest> requests, List<Integer> pass, int length) {
        try (NDScope scope = new NDScope()) {
            NDArray gradient = gradient(requests, pass, length);
            NDArray squares = gradient.square().sum(new int[] {2});
            NDArray values = norm == GradientNorm.L2 ? squares.sqrt() : squares;
            float[] result = values.toType(DataType.FLOAT32, false).toFloatArray();
            scope.suppressNotUsedWarning();
            return result;
        }
    }

    /**
     * The gradient vectors of one pass, before the norm.
     *
     * @return {@code (K, L, E)} with respect to the embedding output, {@code (K, L, 28)} with
     *     respect to the one-hot input
     */
    NDArray gradient(List<RowRequest> requests, List<Integer> pass, int length) {
        int copies = pass.size();
        int[] ids = new int[copies * length];
        float[] selector = new float[copies * length];
        float[] selectedWeights = new float[copies * hidden];
        int[] classes = new int[copies];
        for (int k = 0; k < copies; k++) {
            RowRequest request = requests.get(pass.get(k));
            System.arraycopy(request.inputs(), 0, ids, k * length, Math.min(length, request.inputs().length));
            selector[k * length + request.position()] = 1;
            System.arraycopy(outputWeights, request.outputClass() * hidden, selectedWeights, k * hidden, hidden);
            classes[k] = request.outputClass();
        }
        DetachedParameters store = new DetachedParameters(manager);
        NDArray oneHot = AutocompleteModel.oneHot(manager.create(ids, new Shape(copies, length)), dataType);
        NDArray embedded = model.embed(store, oneHot, true);
        embedded.setRequiresGradient(true);
        NDArray mask = manager.create(selector, new Shape(copies, length, 1)).toType(dataType, false);
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray state = model.encode(store, embedded, true).mul(mask).sum(new int[] {1});
            collector.backward(score(store, state, selectedWeights, classes));
        }
        NDArray gradient = embedded.getGradient();
        if (wrt == GradientInput.EMBEDDING) {
            return gradient;
        }
        NDArray table = model.embeddingTable(store, gradient, false);
        long width = gradient.getShape().get(2);
        return gradient.reshape(copies * (long) length, width).dot(table.transpose())
                .reshape(copies, length, AutocompleteModel.INPUT_SYMBOLS);
    }

    /** The sum of the copies' scores, from their selected hidden states {@code (K, H)}. */
    private NDArray score(DetachedParameters store, NDArray state, float[] selectedWeights, int[] classes) {
        int copies = classes.length;
        if (!logProbability) {
            NDArray weights = manager.create(selectedWeights, new Shape(copies, hidden)).toType(dataType, false);
            return state.mul(weights).sum();
        }
        NDArray logits = model.logits(store, state.reshape(copies, 1, hidden), false);
        NDArray targets = manager.create(classes, new Shape(copies, 1));
        return MaskedCrossEntropy.negativeLogLikelihood(logits, targets).sum().neg();
    }
}
