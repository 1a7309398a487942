package io.github.rnnmem.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.RecurrentBlock;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.Domain;
import io.github.rnnmem.api.Hyperparameter;
import io.github.rnnmem.api.HyperparameterProblem;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.InvalidHyperparametersException;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.Values;
import io.github.rnnmem.api.layer.ResumableLayer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of a {@link RecurrentUnitProvider}: extend this class, return the provider, and
 * every check runs on every DJL engine on the test class path, for every configuration of
 * {@link #configurations()}. Before the checks, the kit prints the unit and the engines it runs
 * on ({@code contract of unit "mgu" (org.example.mgu.MguProvider) on MXNet 1.9.1, PyTorch 2.7.1});
 * each check's display name starts with its engine.
 *
 * <p>Gradients are checked against central finite differences {@code (L(p + e) - L(p - e)) / 2e}
 * of the probe loss of {@link LayerHarness}. In float64 ({@code e = 1e-6}) the truncation error
 * is of order {@code e^2} and the rounding error of order {@code 1e-16 / e}, both far below the
 * tolerance {@code 1e-7 + 1e-5 |g|}. Where a configuration must run in float32 (some fused
 * kernels have no float64 path) {@code e = 1e-2} and the tolerance is {@code 2e-3 + 2e-2 |g|}:
 * float32 rounding of a loss of order 10 is about {@code 1e-6}, divided by {@code 2e} gives
 * {@code 5e-5}, and the truncation error is of order {@code 1e-4}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RecurrentUnitContractTest {

    static {
        Engines.prepareDjl();
    }

    private static final int BATCH = 2;
    private static final int TIME = 5;
    private static final int SEED = 20_190_315;
    private static final int CHECKED_ELEMENTS = 48;

    /**
     * The provider under test.
     *
     * @return a provider instance
     */
    protected abstract RecurrentUnitProvider provider();

    /**
     * The settings of each layer configuration to check; small, so finite differences stay fast.
     *
     * @return raw settings maps, each resolved against the provider's spec
     */
    protected List<Map<String, Object>> configurations() {
        return List.of(Map.of(Hyperparameter.HIDDEN.key(), 4));
    }

    /**
     * The input width of the layers under test.
     *
     * @return the input size
     */
    protected int inputSize() {
        return 3;
    }

    /**
     * The engines to check on: by default every engine DJL finds that computes with arrays (DJL's
     * own remote-call engine does not).
     *
     * @return engine names
     */
    protected List<String> engines() {
        return Engines.available();
    }

    /**
     * The data type of the gradient checks for one configuration: float64, except for DJL's own
     * recurrent blocks ({@link RecurrentBlock}, the fused kernels), which make their zero initial
     * state in float32 and so cannot run in float64.
     *
     * @param engine the engine name
     * @param settings the configuration
     * @return the type the finite differences are computed in
     */
    protected DataType gradientCheckType(String engine, Map<String, Object> settings) {
        return newLayer(settings) instanceof RecurrentBlock ? DataType.FLOAT32 : DataType.FLOAT64;
    }

    Stream<Arguments> layers() {
        List<Arguments> cases = new ArrayList<>();
        for (String engine : engines()) {
            for (Map<String, Object> settings : configurations()) {
                cases.add(Arguments.of(engine, settings));
            }
        }
        return cases.stream();
    }

    private Block newLayer(Map<String, Object> settings) {
        Hyperparameters hyperparameters = provider().hyperparameters().resolve(settings);
        return provider().newLayer(inputSize(), hyperparameters);
    }

    private int hidden(Map<String, Object> settings) {
        return provider().hyperparameters().resolve(settings).hidden();
    }

    private LayerHarness harness(String engine, Map<String, Object> settings, DataType type, int seed) {
        return new LayerHarness(engine, newLayer(settings), type, new Shape(BATCH, TIME, inputSize()), seed);
    }

    @BeforeAll
    void sayWhichEnginesRun() {
        System.out.printf(Locale.ROOT, "contract of unit \"%s\" (%s) on %s%n", provider().name(),
                provider().getClass().getName(), Engines.describe(engines()));
    }

    @Test
    void atLeastOneEngineIsPresent() {
        assertThat(engines()).as("DJL engines on the test class path").isNotEmpty();
    }

    @Test
    void nameIsWellFormed() {
        assertThat(provider().name()).matches("[a-z][a-z0-9-]*");
    }

    @Test
    void descriptionIsOneLine() {
        assertThat(provider().description()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void specDeclaresHiddenFirst() {
        assertThat(provider().hyperparameters().entries().get(0)).isEqualTo(Hyperparameter.HIDDEN);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void outputIsBatchByTimeByHidden(String engine, Map<String, Object> settings) {
        int hidden = hidden(settings);
        for (Shape input : List.of(new Shape(1, 1, inputSize()), new Shape(3, 7, inputSize()))) {
            try (LayerHarness harness =
                    new LayerHarness(engine, newLayer(settings), DataType.FLOAT32, input, SEED)) {
                NDArray y = harness.forward(harness.random(input, 1));
                Shape expected = new Shape(input.get(0), input.get(1), hidden);
                assertThat(y.getShape()).isEqualTo(expected);
                assertThat(harness.layer().getOutputShapes(new Shape[] {input})[0]).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void outputAtStepDependsOnlyOnEarlierInputs(String engine, Map<String, Object> settings) {
        DataType type = gradientCheckType(engine, settings);
        try (LayerHarness harness = harness(engine, settings, type, SEED)) {
            Shape shape = harness.inputShape();
            NDArray x = harness.random(shape, 2);
            int lastKept = 1;
            NDArray changed = x.duplicate();
            changed.set(new ai.djl.ndarray.index.NDIndex(":, " + (lastKept + 1) + ":, :"), harness.random(
                    new Shape(BATCH, TIME - lastKept - 1, inputSize()), 3));
            String prefix = ":, 0:" + (lastKept + 1) + ", :";
            double[] before = LayerHarness.doubles(harness.forward(x).get(prefix));
            double[] after = LayerHarness.doubles(harness.forward(changed).get(prefix));
            assertClose(after, before, 1e-12, 0, "outputs up to step " + lastKept);

            NDArray weights = harness.random(new Shape(BATCH, TIME, hidden(settings)), 4);
            weights.set(new ai.djl.ndarray.index.NDIndex(":, " + (lastKept + 1) + ":, :"), 0);
            double[] inputGradient = harness.probeGradients(x, weights).get(0);
            int perStep = inputSize();
            for (int b = 0; b < BATCH; b++) {
                for (int t = lastKept + 1; t < TIME; t++) {
                    for (int i = 0; i < perStep; i++) {
                        double g = inputGradient[(b * TIME + t) * perStep + i];
                        assertThat(g)
                                .as("d output[<= %d] / d input[%d][%d][%d]", lastKept, b, t, i)
                                .isZero();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void inputGradientsMatchCentralDifferences(String engine, Map<String, Object> settings) {
        DataType type = gradientCheckType(engine, settings);
        try (LayerHarness harness = harness(engine, settings, type, SEED)) {
            NDArray x = harness.random(harness.inputShape(), 5);
            NDArray weights = harness.random(new Shape(BATCH, TIME, hidden(settings)), 6);
            double[] analytic = harness.probeGradients(x, weights).get(0);
            double[] base = LayerHarness.doubles(x);
            double step = step(type);
            double[] numeric = new double[base.length];
            for (int i = 0; i < base.length; i++) {
                double[] plus = base.clone();
                double[] minus = base.clone();
                plus[i] += step;
                minus[i] -= step;
                double lossPlus = harness.probeLoss(array(harness, plus, type), weights);
                double lossMinus = harness.probeLoss(array(harness, minus, type), weights);
                numeric[i] = (lossPlus - lossMinus) / (2 * step);
            }
            assertClose(analytic, numeric, absoluteTolerance(type), relativeTolerance(type), "d L / d input");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void parameterGradientsMatchCentralDifferences(String engine, Map<String, Object> settings) {
        DataType type = gradientCheckType(engine, settings);
        try (LayerHarness harness = harness(engine, settings, type, SEED)) {
            NDArray x = harness.random(harness.inputShape(), 7);
            NDArray weights = harness.random(new Shape(BATCH, TIME, hidden(settings)), 8);
            List<double[]> analytic = harness.probeGradients(x, weights);
            List<Parameter> parameters = harness.parameters();
            assertThat(parameters).as("trainable parameters").isNotEmpty();
            double step = step(type);
            for (int p = 0; p < parameters.size(); p++) {
                Parameter parameter = parameters.get(p);
                double[] base = LayerHarness.doubles(parameter.getArray());
                int[] indices = checkedIndices(base.length, p);
                double[] numeric = new double[indices.length];
                double[] expected = new double[indices.length];
                for (int k = 0; k < indices.length; k++) {
                    int i = indices[k];
                    double[] values = base.clone();
                    values[i] = base[i] + step;
                    harness.setValues(parameter, values);
                    double lossPlus = harness.probeLoss(x, weights);
                    values[i] = base[i] - step;
                    harness.setValues(parameter, values);
                    double lossMinus = harness.probeLoss(x, weights);
                    numeric[k] = (lossPlus - lossMinus) / (2 * step);
                    expected[k] = analytic.get(p + 1)[i];
                }
                harness.setValues(parameter, base);
                assertClose(
                        expected,
                        numeric,
                        absoluteTolerance(type),
                        relativeTolerance(type),
                        "d L / d " + parameter.getName());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void savedParametersRestoreTheLayer(String engine, Map<String, Object> settings) throws Exception {
        try (LayerHarness original = harness(engine, settings, DataType.FLOAT32, SEED);
                LayerHarness restored = harness(engine, settings, DataType.FLOAT32, SEED + 1)) {
            NDArray x = original.random(original.inputShape(), 9);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                original.layer().saveParameters(out);
            }
            double[] before = LayerHarness.doubles(restored.forward(restored.random(original.inputShape(), 9)));
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                restored.layer().loadParameters(restored.manager(), in);
            }
            double[] expected = LayerHarness.doubles(original.forward(x));
            double[] actual = LayerHarness.doubles(restored.forward(restored.random(original.inputShape(), 9)));
            assertThat(before).as("differently seeded layer differs before loading").isNotEqualTo(expected);
            // Equal parameters; fused kernels may still differ in the last float32 bit between two
            // block instances (PyTorch's does), so allow a few ulps.
            assertClose(actual, expected, 1e-6, 1e-6, "outputs after the round trip");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void sameSeedGivesTheSameLayer(String engine, Map<String, Object> settings) {
        try (LayerHarness first = harness(engine, settings, DataType.FLOAT32, SEED);
                LayerHarness second = harness(engine, settings, DataType.FLOAT32, SEED);
                LayerHarness other = harness(engine, settings, DataType.FLOAT32, SEED + 1)) {
            List<Parameter> a = first.parameters();
            List<Parameter> b = second.parameters();
            List<Parameter> c = other.parameters();
            boolean anyDiffers = false;
            for (int i = 0; i < a.size(); i++) {
                double[] values = LayerHarness.doubles(a.get(i).getArray());
                assertThat(LayerHarness.doubles(b.get(i).getArray()))
                        .as("parameter %s under the same seed", a.get(i).getName())
                        .isEqualTo(values);
                anyDiffers |= !Arrays.equals(values, LayerHarness.doubles(c.get(i).getArray()));
            }
            assertThat(anyDiffers).as("some parameter changes with the seed").isTrue();
            NDArray x = first.random(first.inputShape(), 10);
            assertThat(LayerHarness.doubles(second.forward(second.random(first.inputShape(), 10))))
                    .isEqualTo(LayerHarness.doubles(first.forward(x)));
        }
    }

    /**
     * A layer that can go on from a state ({@link ResumableLayer}) gives, run on the first steps and
     * then on the rest from the state it handed back, the outputs of one pass over all steps, and a
     * state from which the next steps come out as they would in a longer pass. Layers that cannot
     * resume are not checked.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("layers")
    void resumingFromAStateContinuesThePass(String engine, Map<String, Object> settings) {
        DataType type = gradientCheckType(engine, settings);
        try (LayerHarness harness = harness(engine, settings, type, SEED)) {
            Assumptions.assumeTrue(harness.layer() instanceof ResumableLayer,
                    () -> provider().name() + " " + settings + ": the layer does not resume from a state");
            ResumableLayer layer = (ResumableLayer) harness.layer();
            ParameterStore store = new ParameterStore(harness.manager(), false);
            NDArray x = harness.random(harness.inputShape(), 11);
            double[] whole = LayerHarness.doubles(harness.forward(x));
            int split = 2;
            NDList first = layer.forwardFrom(store, x.get(":, 0:" + split + ", :"), new NDList(), false);
            NDList second = layer.forwardFrom(store, x.get(":, " + split + ":, :"), first.subNDList(1), false);
            double[] resumed = LayerHarness.doubles(first.head().concat(second.head(), 1));
            double tolerance = type == DataType.FLOAT64 ? 1e-12 : 1e-5;
            assertClose(resumed, whole, tolerance, 0, "outputs of two passes, the second from the first's state");
            NDList last = layer.forwardFrom(store, x.get(":, " + (TIME - 1) + ":, :"),
                    layer.forwardFrom(store, x.get(":, 0:" + (TIME - 1) + ", :"), new NDList(), false).subNDList(1), false);
            assertClose(LayerHarness.doubles(last.head()), LayerHarness.doubles(harness.forward(x).get(":, " + (TIME - 1)
                    + ":, :")), tolerance, 0, "the last step from the state before it");
            assertThat(second.subNDList(1).size()).as("the state after the second pass").isEqualTo(first.size() - 1);
        }
    }

    @Test
    void invalidValuesNameTheKeyTheRuleAndTheValue() {
        Map<String, Object> valid = configurations().get(0);
        for (Hyperparameter entry : provider().hyperparameters().entries()) {
            for (Object invalid : invalidValues(entry.domain())) {
                Map<String, Object> settings = new HashMap<>(valid);
                settings.put(entry.key(), invalid);
                assertThatThrownBy(() -> provider().hyperparameters().resolve(settings))
                        .isInstanceOf(InvalidHyperparametersException.class)
                        .hasMessageContaining(entry.key() + ": expected " + entry.domain().expected())
                        .hasMessageContaining("got " + Values.render(invalid));
            }
        }
    }

    @Test
    void aMisspeltKeyIsAnsweredWithTheNearestKey() {
        Map<String, Object> settings = new HashMap<>(configurations().get(0));
        settings.put("hiden", settings.remove(Hyperparameter.HIDDEN.key()));
        InvalidHyperparametersException error =
                (InvalidHyperparametersException)
                        catchThrowable(() -> provider().hyperparameters().resolve(settings));
        assertThat(error.problems())
                .extracting(HyperparameterProblem::key)
                .containsExactlyInAnyOrder("hiden", Hyperparameter.HIDDEN.key());
        assertThat(error.getMessage())
                .contains("did you mean \"hidden\"?")
                .contains("hidden: expected an integer in [1, 65536] (required), got nothing");
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        return fail("expected an exception");
    }

    private static List<Object> invalidValues(Domain domain) {
        if (domain instanceof Domain.IntegerRange range) {
            List<Object> values = new ArrayList<>(List.of("6oo", 1.5));
            if (range.max() < Integer.MAX_VALUE) {
                values.add(range.max() + 1);
            }
            if (range.min() > Integer.MIN_VALUE) {
                values.add(range.min() - 1);
            }
            return values;
        }
        if (domain instanceof Domain.RealRange range) {
            return List.of("x", range.max() + 1.0, range.min() - 1.0);
        }
        if (domain instanceof Domain.Choice) {
            return List.of("no-such-option", 3);
        }
        return List.of("yes", 1);
    }

    private static NDArray array(LayerHarness harness, double[] values, DataType type) {
        return harness.manager().create(values, harness.inputShape()).toType(type, false);
    }

    private static int[] checkedIndices(int size, int salt) {
        if (size <= CHECKED_ELEMENTS) {
            return java.util.stream.IntStream.range(0, size).toArray();
        }
        Random random = new Random(SEED + salt);
        int[] indices = new int[CHECKED_ELEMENTS];
        indices[0] = 0;
        indices[1] = size - 1;
        for (int k = 2; k < indices.length; k++) {
            indices[k] = random.nextInt(size);
        }
        return indices;
    }

    private static double step(DataType type) {
        return type == DataType.FLOAT64 ? 1e-6 : 1e-2;
    }

    private static double absoluteTolerance(DataType type) {
        return type == DataType.FLOAT64 ? 1e-7 : 2e-3;
    }

    private static double relativeTolerance(DataType type) {
        return type == DataType.FLOAT64 ? 1e-5 : 2e-2;
    }

    private static void assertClose(double[] actual, double[] expected, double atol, double rtol, String what) {
        assertThat(actual).as(what + " size").hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            double allowed = atol + rtol * Math.abs(expected[i]);
            if (!(Math.abs(actual[i] - expected[i]) <= allowed)) {
                fail("%s[%d]: autograd %.10g, expected %.10g (|difference| %.3g > %.3g)",
                        what, i, actual[i], expected[i], Math.abs(actual[i] - expected[i]), allowed);
            }
        }
    }
}
