package io.github.rnnmem.experiments.analysis.connectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.experiments.config.GradientInput;
import io.github.rnnmem.experiments.config.GradientNorm;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.evaluation.MaskedCrossEntropy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GradientRowsTest {

    private static final int LENGTH = 23;

    static List<Arguments> enginesAndUnits() {
        List<Arguments> cases = new ArrayList<>();
        for (String engine : Engines.available()) {
            cases.add(Arguments.of(engine, "gru", Map.of()));
            cases.add(Arguments.of(engine, "lstm", Map.of()));
            cases.add(Arguments.of(engine, "nested-lstm", Map.of("depth", 2)));
        }
        return cases;
    }

    static List<String> engines() {
        return Engines.available();
    }

    private static float[][] rows(GradientRows computation, List<RowRequest> requests, PassPlan plan) {
        return computation.rows(requests, plan, ProgressReporter.silent().start("", 0, ""));
    }

    /** Batched passes, cut to their prefixes or not, give the rows of one backward pass per row. */
    @ParameterizedTest
    @MethodSource("enginesAndUnits")
    void batchedRowsEqualSeparateBackwardPasses(String engine, String unit, Map<String, Object> settings) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            AutocompleteModel model = TinyModels.model(manager, unit, settings, DataType.FLOAT32);
            List<RowRequest> requests = TinyModels.everyPosition(TinyModels.text(LENGTH, 1), 2);
            for (GradientInput wrt : GradientInput.values()) {
                GradientRows computation = new GradientRows(model, manager, wrt, GradientNorm.L2_SQUARED, false);
                float[][] separate = rows(computation, requests, PassPlan.separate(requests));
                float[][] triangle = rows(computation, requests, PassPlan.triangle(requests, 60));
                float[][] full = rows(computation, requests, PassPlan.fullCopies(requests, 60));
                double scale = 0;
                for (float[] row : separate) {
                    for (float value : row) {
                        scale = Math.max(scale, value);
                    }
                }
                assertThat(scale).isPositive();
                double triangleDifference = maxDifference(separate, triangle);
                double fullDifference = maxDifference(separate, full);
                System.out.printf(Locale.ROOT, "%s %s wrt %s: max |batched - separate| %.2e (triangle), %.2e (full"
                        + " copies), largest entry %.2e%n", engine, unit, wrt, triangleDifference, fullDifference, scale);
                assertThat(triangleDifference).isLessThanOrEqualTo(1e-5 * scale);
                assertThat(fullDifference).isLessThanOrEqualTo(1e-5 * scale);
            }
        }
    }

    /** Entries after the position are exactly zero, entries up to it are not all zero. */
    @ParameterizedTest
    @MethodSource("enginesAndUnits")
    void entriesAfterThePositionAreExactlyZero(String engine, String unit, Map<String, Object> settings) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            AutocompleteModel model = TinyModels.model(manager, unit, settings, DataType.FLOAT32);
            List<RowRequest> requests = TinyModels.everyPosition(TinyModels.text(LENGTH, 3), 4);
            GradientRows computation = new GradientRows(model, manager, GradientInput.ONE_HOT, GradientNorm.L2, false);
            float[][] rows = rows(computation, requests, PassPlan.fullCopies(requests, 1000));
            for (int t = 0; t < LENGTH; t++) {
                float reached = 0;
                for (int tau = 0; tau < LENGTH; tau++) {
                    if (tau > t) {
                        assertThat(rows[t][tau]).as("row %d at %d", t, tau).isZero();
                    } else {
                        reached = Math.max(reached, rows[t][tau]);
                    }
                }
                assertThat(reached).as("row %d", t).isPositive();
            }
        }
    }

    /**
     * The gradient vectors equal central finite differences of the score, in float64, for the
     * logit and the log-probability, with respect to the embedding output and to the one-hot input
     * (every third component, a different third at each position).
     */
    @ParameterizedTest
    @MethodSource("engines")
    void gradientsMatchCentralFiniteDifferences(String engine) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            AutocompleteModel model = TinyModels.model(manager, "gru", Map.of(), DataType.FLOAT64);
            int[] ids = TinyModels.text(9, 5);
            List<RowRequest> requests = List.of(new RowRequest(ids, 6, 4), new RowRequest(ids, 8, 2));
            List<Integer> pass = List.of(0, 1);
            for (boolean logProbability : new boolean[] {false, true}) {
                for (GradientInput wrt : GradientInput.values()) {
                    GradientRows computation = new GradientRows(model, manager, wrt, GradientNorm.L2, logProbability);
                    double[] analytic = computation.gradient(requests, pass, ids.length).toDoubleArray();
                    int width = analytic.length / (pass.size() * ids.length);
                    for (int k = 0; k < pass.size(); k++) {
                        for (int tau = 0; tau < ids.length; tau++) {
                            for (int i = tau % 3; i < width; i += 3) {
                                double numeric = centralDifference(manager, model, requests.get(k), tau, i, wrt, logProbability);
                                assertThat(analytic[(k * ids.length + tau) * width + i])
                                        .as("%s %s copy %d tau %d component %d", wrt, logProbability ? "log-prob" : "logit",
                                                k, tau, i)
                                        .isCloseTo(numeric, within(1e-8 + 1e-6 * Math.abs(numeric)));
                            }
                        }
                    }
                }
            }
        }
    }

    private static double centralDifference(NDManager manager, AutocompleteModel model, RowRequest request, int tau,
            int component, GradientInput wrt, boolean logProbability) {
        double epsilon = 1e-6;
        return (score(manager, model, request, tau, component, wrt, logProbability, epsilon)
                - score(manager, model, request, tau, component, wrt, logProbability, -epsilon)) / (2 * epsilon);
    }

    /** The score with the input at {@code tau} moved by {@code delta} along one axis, by a forward pass only. */
    private static double score(NDManager manager, AutocompleteModel model, RowRequest request, int tau, int component,
            GradientInput wrt, boolean logProbability, double delta) {
        try (NDManager scratch = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(scratch, false);
            int length = request.inputs().length;
            NDArray oneHot = AutocompleteModel.oneHot(scratch.create(request.inputs(), new Shape(1, length)), DataType.FLOAT64);
            NDArray embedded;
            if (wrt == GradientInput.ONE_HOT) {
                double[] shift = new double[length * AutocompleteModel.INPUT_SYMBOLS];
                shift[tau * AutocompleteModel.INPUT_SYMBOLS + component] = delta;
                embedded = model.embed(store, oneHot.add(scratch.create(shift, oneHot.getShape())), false);
            } else {
                embedded = model.embed(store, oneHot, false);
                double[] shift = new double[Math.toIntExact(embedded.size())];
                shift[tau * TinyModels.EMBEDDING + component] = delta;
                embedded = embedded.add(scratch.create(shift, embedded.getShape()));
            }
            NDArray logits = model.logits(store, model.encode(store, embedded, false), false);
            NDArray targets = scratch.create(new int[length]);
            double[] all;
            if (logProbability) {
                int[] classes = new int[length];
                classes[request.position()] = request.outputClass();
                all = MaskedCrossEntropy.negativeLogLikelihood(logits, scratch.create(classes, new Shape(1, length)))
                        .neg().toDoubleArray();
                return all[request.position()];
            }
            targets.close();
            all = logits.toDoubleArray();
            double bias = model.denseParameters().get(1).getArray().toDoubleArray()[request.outputClass()];
            return all[request.position() * TinyModels.CLASSES + request.outputClass()] - bias;
        }
    }

    private static double maxDifference(float[][] a, float[][] b) {
        double difference = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                difference = Math.max(difference, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return difference;
    }
}
