package io.github.rnnmem.experiments.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.experiments.config.ConfigSchema;
import io.github.rnnmem.experiments.config.Optimizer;
import io.github.rnnmem.experiments.config.TrainingConfig;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AdamOptimizerTest {

    private static final float[] START = {0.5f, -1.0f, 2.0f};
    private static final float[] SLOPE = {3.0f, -0.25f, 0.0f};

    static List<String> engines() {
        return Engines.available();
    }

    /** Loss {@code sum(slope * w^2 / 2)}: its gradient is {@code slope * w}. */
    private static void backward(NDManager manager, Parameter parameter) {
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray w = parameter.getArray();
            collector.backward(w.square().mul(manager.create(SLOPE)).div(2).sum());
        }
    }

    private static Parameter parameter(NDManager manager) {
        Parameter parameter = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).build();
        parameter.setArray(manager.create(START, new Shape(3)));
        parameter.getArray().setRequiresGradient(true);
        return parameter;
    }

    @ParameterizedTest
    @MethodSource("engines")
    void followsTensorFlowsUpdateRule(String engine) {
        TrainingConfig settings = new TrainingConfig(Optimizer.ADAM, 0.01, 0.9, 0.999, 1e-8, 64, OptionalInt.of(2),
                OptionalInt.empty(), 100, 512, 500, 100);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            Parameter parameter = parameter(manager);
            AdamOptimizer adam = new AdamOptimizer(List.of(parameter), settings, manager);
            double[] w = {START[0], START[1], START[2]};
            double[] m = new double[3];
            double[] v = new double[3];
            for (int t = 1; t <= 3; t++) {
                // a gradient left over from the previous step (PyTorch accumulates) would move w off the rule
                backward(manager, parameter);
                adam.update();
                double rate = 0.01 * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
                for (int i = 0; i < 3; i++) {
                    double g = SLOPE[i] * w[i];
                    m[i] = 0.9 * m[i] + 0.1 * g;
                    v[i] = 0.999 * v[i] + 0.001 * g * g;
                    w[i] -= rate * m[i] / (Math.sqrt(v[i]) + 1e-8);
                }
                float[] actual = parameter.getArray().toFloatArray();
                for (int i = 0; i < 3; i++) {
                    assertThat((double) actual[i]).as("w[%d] after step %d", i, t).isCloseTo(w[i], within(1e-6));
                }
            }
            assertThat(adam.step()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void savedStateContinuesExactly(String engine) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            Parameter straight = parameter(manager);
            AdamOptimizer uninterrupted = new AdamOptimizer(List.of(straight), ConfigSchema.defaults(TrainingConfig.class), manager);
            Parameter resumed = parameter(manager);
            AdamOptimizer first = new AdamOptimizer(List.of(resumed), ConfigSchema.defaults(TrainingConfig.class), manager);
            for (int t = 0; t < 2; t++) {
                backward(manager, straight);
                uninterrupted.update();
                backward(manager, resumed);
                first.update();
            }
            AdamOptimizer second = new AdamOptimizer(List.of(resumed), ConfigSchema.defaults(TrainingConfig.class), manager);
            second.load(first.save(), manager);
            assertThat(second.step()).isEqualTo(2);
            for (int t = 0; t < 2; t++) {
                backward(manager, straight);
                uninterrupted.update();
                backward(manager, resumed);
                second.update();
            }
            assertThat(resumed.getArray().toFloatArray()).containsExactly(straight.getArray().toFloatArray());
        }
    }
}
