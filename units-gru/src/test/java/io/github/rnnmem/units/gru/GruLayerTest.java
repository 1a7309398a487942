package io.github.rnnmem.units.gru;

import static io.github.rnnmem.api.testkit.Reference.add;
import static io.github.rnnmem.api.testkit.Reference.concat;
import static io.github.rnnmem.api.testkit.Reference.matrix;
import static io.github.rnnmem.api.testkit.Reference.mul;
import static io.github.rnnmem.api.testkit.Reference.sigmoid;
import static io.github.rnnmem.api.testkit.Reference.slice;
import static io.github.rnnmem.api.testkit.Reference.tanh;
import static io.github.rnnmem.api.testkit.Reference.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.testkit.LayerHarness;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GruLayerTest {

    private static final int BATCH = 2;
    private static final int TIME = 3;
    private static final int INPUT = 3;
    private static final int HIDDEN = 2;

    static Iterable<String> engines() {
        return io.github.rnnmem.api.testkit.Engines.available();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void matchesTensorFlowsGruCellWrittenByHand(String engine) {
        GruProvider provider = new GruProvider();
        var hyperparameters = provider.hyperparameters().resolve(Map.of("hidden", HIDDEN));
        Shape shape = new Shape(BATCH, TIME, INPUT);
        try (LayerHarness harness =
                new LayerHarness(engine, provider.newLayer(INPUT, hyperparameters), DataType.FLOAT64, shape, 1)) {
            Random random = new Random(42);
            double[] gatesKernel = harness.randomize("gates_kernel", random);
            double[] gatesBias = harness.randomize("gates_bias", random);
            double[] candidateKernel = harness.randomize("candidate_kernel", random);
            double[] candidateBias = harness.randomize("candidate_bias", random);
            double[] x = LayerHarness.doubles(harness.random(shape, 7));
            double[] y = LayerHarness.doubles(harness.forward(harness.manager().create(x, shape)));

            double[][] wg = matrix(gatesKernel, INPUT + HIDDEN);
            double[][] wc = matrix(candidateKernel, INPUT + HIDDEN);
            for (int b = 0; b < BATCH; b++) {
                double[] h = new double[HIDDEN];
                for (int t = 0; t < TIME; t++) {
                    double[] xt = java.util.Arrays.copyOfRange(x, (b * TIME + t) * INPUT, (b * TIME + t + 1) * INPUT);
                    double[] gates = sigmoid(add(times(concat(xt, h), wg), gatesBias));
                    double[] r = slice(gates, 2, 0);
                    double[] u = slice(gates, 2, 1);
                    double[] c = tanh(add(times(concat(xt, mul(r, h)), wc), candidateBias));
                    double[] next = new double[HIDDEN];
                    for (int i = 0; i < HIDDEN; i++) {
                        next[i] = u[i] * h[i] + (1 - u[i]) * c[i];
                        assertThat(y[(b * TIME + t) * HIDDEN + i]).isCloseTo(next[i], within(1e-12));
                    }
                    h = next;
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void initialisesAsTensorFlowDoes(String engine) {
        GruProvider provider = new GruProvider();
        var hyperparameters = provider.hyperparameters().resolve(Map.of("hidden", 50));
        Shape shape = new Shape(1, 1, 30);
        try (LayerHarness harness =
                new LayerHarness(engine, provider.newLayer(30, hyperparameters), DataType.FLOAT32, shape, 3)) {
            assertThat(LayerHarness.doubles(harness.parameter("gates_bias").getArray())).containsOnly(1.0);
            assertThat(LayerHarness.doubles(harness.parameter("candidate_bias").getArray())).containsOnly(0.0);
            double limit = Math.sqrt(6.0 / (80 + 100));
            double[] kernel = LayerHarness.doubles(harness.parameter("gates_kernel").getArray());
            double max = java.util.Arrays.stream(kernel).map(Math::abs).max().orElseThrow();
            assertThat(max).as("largest |w|, Glorot limit %s", limit).isLessThanOrEqualTo(limit).isGreaterThan(0.95 * limit);
        }
    }
}
