package io.github.rnnmem.experiments.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.api.testkit.Engines;
import io.github.rnnmem.experiments.evaluation.MaskedCrossEntropy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AutocompleteModelTest {

    private static final UnitRegistry UNITS = UnitRegistry.discover(List.of());

    static List<String> engines() {
        return Engines.available();
    }

    private static ModelFactory factory(String unit, Map<String, Object> settings, int layers, int embedding, int classes) {
        RecurrentUnitProvider provider = UNITS.get(unit).provider();
        return new ModelFactory(embedding, provider, provider.hyperparameters().resolve(settings), layers, classes);
    }

    private static ParameterCounts count(ModelFactory factory) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "MXNet")) {
            AutocompleteModel model = factory.build();
            model.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
            return ParameterCounts.of(model);
        }
    }

    @Test
    void reproducesTheArticlesParameterTable() {
        assertThat(count(factory("gru", Map.of("hidden", 600), 2, 600, 16_386)))
                .isEqualTo(new ParameterCounts(16_200, 4_323_600, 9_847_986));
        assertThat(count(factory("lstm", Map.of("hidden", 600), 2, 600, 16_386)))
                .isEqualTo(new ParameterCounts(16_200, 5_764_800, 9_847_986));
        assertThat(count(factory("nested-lstm", Map.of("hidden", 600, "depth", 2), 1, 600, 16_386)))
                .isEqualTo(new ParameterCounts(16_200, 5_764_800, 9_847_986));
    }

    @Test
    void fusedKernelsCarryTwoBiasesPerGate() {
        assertThat(count(factory("gru", Map.of("hidden", 600, "variant", "fused"), 2, 600, 16_386)).recurrent())
                .isEqualTo(4_327_200);
        assertThat(count(factory("lstm", Map.of("hidden", 600, "variant", "fused"), 2, 600, 16_386)).recurrent())
                .isEqualTo(5_769_600);
    }

    @ParameterizedTest
    @MethodSource("engines")
    void paddingRowStaysZeroAndLossStartsNearLogV(String engine) {
        int classes = 50;
        ModelFactory factory = factory("gru", Map.of("hidden", 8), 2, 6, classes);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            AutocompleteModel model = factory.build();
            model.initialize(manager, DataType.FLOAT32, new Shape(2, 4));
            NDArray ids = manager.create(new int[] {1, 2, 3, 0, 1, 5, 6, 7}, new Shape(2, 4));
            NDArray targets = manager.create(new int[] {4, 4, 4, 0, 9, 9, 9, 9}, new Shape(2, 4));
            NDArray mask = targets.neq(0).toType(DataType.FLOAT32, false);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray oneHot = AutocompleteModel.oneHot(ids, DataType.FLOAT32);
            assertThat(model.embeddingTable(store, oneHot, false).get(0).toFloatArray()).containsOnly(0f);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray logits = model.forward(store, new NDList(ids), true).head();
                assertThat(logits.getShape()).isEqualTo(new Shape(2, 4, classes));
                NDArray loss = MaskedCrossEntropy.loss(logits, targets, mask);
                assertThat(loss.getFloat()).isCloseTo((float) Math.log(classes), within(0.5f));
                collector.backward(loss);
            }
            NDArray gradient = model.embeddingParameter().getArray().getGradient();
            assertThat(gradient.getShape()).isEqualTo(new Shape(27, 6));
            assertThat(gradient.abs().sum().getFloat()).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("engines")
    void negativeLogLikelihoodPicksTheTarget(String engine) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            NDArray logits = manager.create(new float[] {0, 0, 0, 1, 2, 3}, new Shape(1, 2, 3));
            NDArray targets = manager.create(new int[] {1, 2}, new Shape(1, 2));
            float[] nll = MaskedCrossEntropy.negativeLogLikelihood(logits, targets).toFloatArray();
            double z = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
            assertThat(nll[0]).isCloseTo((float) Math.log(3), within(1e-5f));
            assertThat(nll[1]).isCloseTo((float) (z - 3), within(1e-5f));
            NDArray mask = manager.create(new float[] {0, 1}, new Shape(1, 2));
            assertThat(MaskedCrossEntropy.loss(logits, targets, mask).getFloat()).isCloseTo(nll[1], within(1e-5f));
        }
    }
}
