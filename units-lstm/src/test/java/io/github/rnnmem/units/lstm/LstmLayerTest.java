package io.github.rnnmem.units.lstm;

import static io.github.rnnmem.api.testkit.Reference.add;
import static io.github.rnnmem.api.testkit.Reference.concat;
import static io.github.rnnmem.api.testkit.Reference.matrix;
import static io.github.rnnmem.api.testkit.Reference.mul;
import static io.github.rnnmem.api.testkit.Reference.plus;
import static io.github.rnnmem.api.testkit.Reference.sigmoid;
import static io.github.rnnmem.api.testkit.Reference.slice;
import static io.github.rnnmem.api.testkit.Reference.tanh;
import static io.github.rnnmem.api.testkit.Reference.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.api.testkit.LayerHarness;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LstmLayerTest {

    private static final int BATCH = 2;
    private static final int TIME = 4;
    private static final int INPUT = 3;
    private static final int HIDDEN = 2;
    private static final Shape SHAPE = new Shape(BATCH, TIME, INPUT);

    static Iterable<String> engines() {
        return Engines.available();
    }

    private static LayerHarness harness(String engine, String variant, DataType type, int seed) {
        LstmProvider provider = new LstmProvider();
        var hyperparameters = provider.hyperparameters().resolve(Map.of("hidden", HIDDEN, "variant", variant));
        return new LayerHarness(engine, provider.newLayer(INPUT, hyperparameters), type, SHAPE, seed);
    }

    static List<Arguments> articleImplementations() {
        List<Arguments> cases = new ArrayList<>();
        for (String engine : Engines.available()) {
            cases.add(Arguments.of(engine, "article"));
            cases.add(Arguments.of(engine, "article-unrolled"));
        }
        return cases;
    }

    @ParameterizedTest
    @MethodSource("articleImplementations")
    void matchesTensorFlowsBasicLstmCellWrittenByHand(String engine, String variant) {
        try (LayerHarness harness = harness(engine, variant, DataType.FLOAT64, 1)) {
            Random random = new Random(42);
            double[] kernel = harness.randomize("kernel", random);
            double[] bias = harness.randomize("bias", random);
            double[] x = LayerHarness.doubles(harness.random(SHAPE, 7));
            double[] y = LayerHarness.doubles(harness.forward(harness.manager().create(x, SHAPE)));

            double[][] w = matrix(kernel, INPUT + HIDDEN);
            for (int b = 0; b < BATCH; b++) {
                double[] h = new double[HIDDEN];
                double[] c = new double[HIDDEN];
                for (int t = 0; t < TIME; t++) {
                    double[] xt = Arrays.copyOfRange(x, (b * TIME + t) * INPUT, (b * TIME + t + 1) * INPUT);
                    double[] z = add(times(concat(xt, h), w), bias);
                    c = add(mul(c, sigmoid(plus(slice(z, 4, 2), 1.0))), mul(sigmoid(slice(z, 4, 0)), tanh(slice(z, 4, 1))));
                    h = mul(tanh(c), sigmoid(slice(z, 4, 3)));
                    for (int i = 0; i < HIDDEN; i++) {
                        assertThat(y[(b * TIME + t) * HIDDEN + i]).isCloseTo(h[i], within(1e-12));
                    }
                }
            }
        }
    }

    /** The article's cell on the fused kernel and step by step share their parameters exactly. */
    @ParameterizedTest
    @MethodSource("engines")
    void bothImplementationsOfTheArticlesCellReadEachOthersParameters(String engine) throws Exception {
        try (LayerHarness kernel = harness(engine, "article", DataType.FLOAT32, 1);
                LayerHarness unrolled = harness(engine, "article-unrolled", DataType.FLOAT32, 2)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                kernel.layer().saveParameters(out);
            }
            try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                unrolled.layer().loadParameters(unrolled.manager(), in);
            }
            double[] expected = LayerHarness.doubles(kernel.forward(kernel.random(SHAPE, 3)));
            assertThat(LayerHarness.doubles(unrolled.forward(unrolled.random(SHAPE, 3)))).containsExactly(expected, within(2e-6));
        }
    }

    /**
     * Two independent implementations agree: the article's cell with its weights written into DJL's
     * fused kernel by hand ({@link FusedLayout}) gives the same outputs. Where the kernel itself is
     * faulty the fused variant refuses to start: {@link FusedKernelGuardTest}.
     */
    @ParameterizedTest
    @MethodSource("engines")
    void fusedKernelWithMappedWeightsGivesTheSameOutputs(String engine) {
        try (LayerHarness article = harness(engine, "article-unrolled", DataType.FLOAT32, 1);
                LayerHarness fused = harness(engine, "fused", DataType.FLOAT32, 2)) {
            Random random = new Random(5);
            double[] kernel = article.randomize("kernel", random);
            double[] bias = article.randomize("bias", random);
            FusedLayout.copyArticleParameters(fused, kernel, bias, INPUT, HIDDEN);

            NDArray x = article.random(SHAPE, 11);
            double[] expected = LayerHarness.doubles(article.forward(x));
            double[] actual = LayerHarness.doubles(fused.forward(fused.random(SHAPE, 11)));
            assertThat(actual).containsExactly(expected, within(2e-6));
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void fusedForgetBiasStartsAtOne(String engine) {
        try (LayerHarness fused = harness(engine, "fused", DataType.FLOAT32, 2)) {
            double[] bias = LayerHarness.doubles(fused.parameter("01kernel_l_0_i2h_BIAS").getArray());
            assertThat(bias).containsExactly(0, 0, 1, 1, 0, 0, 0, 0);
            assertThat(LayerHarness.doubles(fused.parameter("01kernel_l_0_h2h_BIAS").getArray())).containsOnly(0.0);
        }
    }
}
