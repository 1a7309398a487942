package org.example.mgu;

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
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.api.testkit.LayerHarness;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layer computes the unit's equations, written out by hand in double precision. */
class MguStepTest {

    private static final int BATCH = 2;
    private static final int TIME = 3;
    private static final int INPUT = 3;
    private static final int HIDDEN = 2;

    static List<String> engines() {
        return Engines.available();
    }

    @ParameterizedTest
    @MethodSource("engines")
    void computesTheEquationsOfItsJavadoc(String engine) {
        MguProvider provider = new MguProvider();
        Hyperparameters settings = provider.hyperparameters().resolve(Map.of("hidden", HIDDEN));
        Shape shape = new Shape(BATCH, TIME, INPUT);
        try (LayerHarness harness = new LayerHarness(engine, provider.newLayer(INPUT, settings), DataType.FLOAT64, shape, 1)) {
            Random random = new Random(42);
            double[][] kernel = matrix(harness.randomize("kernel", random), INPUT + HIDDEN);
            double[] gateBias = harness.randomize("gate_bias", random);
            double[] candidateBias = harness.randomize("candidate_bias", random);
            double[] x = LayerHarness.doubles(harness.random(shape, 7));
            double[] y = LayerHarness.doubles(harness.forward(harness.manager().create(x, shape)));

            for (int b = 0; b < BATCH; b++) {
                double[] h = new double[HIDDEN];
                for (int t = 0; t < TIME; t++) {
                    double[] xt = Arrays.copyOfRange(x, (b * TIME + t) * INPUT, (b * TIME + t + 1) * INPUT);
                    double[] f = sigmoid(add(slice(times(concat(xt, h), kernel), 2, 0), gateBias));
                    double[] c = tanh(add(slice(times(concat(xt, mul(f, h)), kernel), 2, 1), candidateBias));
                    double[] next = new double[HIDDEN];
                    for (int i = 0; i < HIDDEN; i++) {
                        next[i] = (1 - f[i]) * h[i] + f[i] * c[i];
                        assertThat(y[(b * TIME + t) * HIDDEN + i]).as("h[%d][%d][%d]", b, t, i).isCloseTo(next[i], within(1e-12));
                    }
                    h = next;
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void startsTheGateAtItsBias(String engine) {
        MguProvider provider = new MguProvider();
        Hyperparameters settings = provider.hyperparameters().resolve(Map.of("hidden", 5, "gate_bias", -1.5));
        Shape shape = new Shape(1, 1, INPUT);
        try (LayerHarness harness = new LayerHarness(engine, provider.newLayer(INPUT, settings), DataType.FLOAT32, shape, 1)) {
            assertThat(LayerHarness.doubles(harness.parameter("gate_bias").getArray())).containsOnly(-1.5);
            assertThat(LayerHarness.doubles(harness.parameter("candidate_bias").getArray())).containsOnly(0.0);
        }
    }
}
