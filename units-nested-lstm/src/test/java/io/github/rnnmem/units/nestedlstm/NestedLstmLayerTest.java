package io.github.rnnmem.units.nestedlstm;

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
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.api.testkit.LayerHarness;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NestedLstmLayerTest {

    private static final int INPUT = 2;
    private static final int HIDDEN = 2;

    static Iterable<String> engines() {
        return Engines.available();
    }

    private static LayerHarness harness(
            String engine, RecurrentUnitProvider provider, Map<String, Object> settings, Shape shape) {
        var hyperparameters = provider.hyperparameters().resolve(settings);
        return new LayerHarness(engine, provider.newLayer(INPUT, hyperparameters), DataType.FLOAT64, shape, 1);
    }

    /** With one level and a tanh candidate, the nest is TensorFlow's BasicLSTMCell. */
    @ParameterizedTest
    @MethodSource("engines")
    void depthOneWithTanhIsTheLstmCell(String engine) {
        Shape shape = new Shape(2, 5, INPUT);
        RecurrentUnitProvider lstm = UnitRegistry.discover(List.of()).get("lstm").provider();
        try (LayerHarness nested =
                        harness(engine, new NestedLstmProvider(), Map.of("hidden", HIDDEN, "depth", 1, "outer_activation", "tanh"), shape);
                LayerHarness identity =
                        harness(engine, new NestedLstmProvider(), Map.of("hidden", HIDDEN, "depth", 1), shape);
                LayerHarness reference = harness(engine, lstm, Map.of("hidden", HIDDEN), shape)) {
            double[] kernel = reference.randomize("kernel", new Random(3));
            double[] bias = reference.randomize("bias", new Random(4));
            for (LayerHarness layer : List.of(nested, identity)) {
                layer.setValues(layer.parameter("kernel_0"), kernel);
                layer.setValues(layer.parameter("bias_0"), bias);
            }
            NDArray x = reference.random(shape, 5);
            double[] expected = LayerHarness.doubles(reference.forward(x));
            assertThat(LayerHarness.doubles(nested.forward(nested.random(shape, 5))))
                    .containsExactly(expected, within(1e-12));
            assertThat(LayerHarness.doubles(identity.forward(identity.random(shape, 5))))
                    .as("the article's identity candidate is not an LSTM")
                    .isNotEqualTo(expected);
        }
    }

    /** Two steps of a depth-2 nest, the article's configuration, written out level by level. */
    @ParameterizedTest
    @MethodSource("engines")
    void depthTwoMatchesTheEquationsWrittenOut(String engine) {
        int time = 2;
        Shape shape = new Shape(1, time, INPUT);
        try (LayerHarness harness = harness(engine, new NestedLstmProvider(), Map.of("hidden", HIDDEN), shape)) {
            Random random = new Random(9);
            double[][] outerKernel = matrix(harness.randomize("kernel_0", random), INPUT + HIDDEN);
            double[] outerBias = harness.randomize("bias_0", random);
            double[][] innerKernel = matrix(harness.randomize("kernel_1", random), 2 * HIDDEN);
            double[] innerBias = harness.randomize("bias_1", random);
            double[] x = {0.5, -0.25, 1.0, 0.75};
            double[] y = LayerHarness.doubles(harness.forward(harness.manager().create(x, shape)));

            double[] h = new double[HIDDEN];
            double[] outerMemory = new double[HIDDEN];
            double[] innerMemory = new double[HIDDEN];
            for (int t = 0; t < time; t++) {
                double[] xt = Arrays.copyOfRange(x, t * INPUT, (t + 1) * INPUT);
                double[] z0 = add(times(concat(xt, h), outerKernel), outerBias);
                double[] innerInput = mul(sigmoid(slice(z0, 4, 0)), slice(z0, 4, 1));
                double[] innerHidden = mul(sigmoid(plus(slice(z0, 4, 2), 1.0)), outerMemory);
                double[] z1 = add(times(concat(innerInput, innerHidden), innerKernel), innerBias);
                double[] deepInput = mul(sigmoid(slice(z1, 4, 0)), tanh(slice(z1, 4, 1)));
                double[] deepHidden = mul(sigmoid(plus(slice(z1, 4, 2), 1.0)), innerMemory);
                innerMemory = add(deepInput, deepHidden);
                outerMemory = mul(tanh(innerMemory), sigmoid(slice(z1, 4, 3)));
                h = mul(tanh(outerMemory), sigmoid(slice(z0, 4, 3)));
                for (int i = 0; i < HIDDEN; i++) {
                    assertThat(y[t * HIDDEN + i]).as("h[%d][%d]", t, i).isCloseTo(h[i], within(1e-12));
                }
            }
        }
    }
}
