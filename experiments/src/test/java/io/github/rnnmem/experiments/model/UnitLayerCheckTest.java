package io.github.rnnmem.experiments.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** A unit whose layers cannot be built, initialised or run is refused when its model is built. */
class UnitLayerCheckTest {

    private static final int EMBEDDING = 6;
    private static final int HIDDEN = 4;

    /** A provider of the unit "probe" whose layers a test supplies. */
    private record ProbeProvider(IntFunction<Block> layers) implements RecurrentUnitProvider {
        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String description() {
            return "a unit whose layers each test replaces";
        }

        @Override
        public HyperparameterSpec hyperparameters() {
            return HyperparameterSpec.builder().build();
        }

        @Override
        public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
            return layers.apply(hyperparameters.hidden());
        }
    }

    /** Returns its input, and declares the output its tests ask for. */
    private static class Passthrough extends AbstractBlock {
        private final int declaredWidth;

        Passthrough(int declaredWidth) {
            this.declaredWidth = declaredWidth;
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
            return new NDList(inputs.head());
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputs) {
            return new Shape[] {new Shape(inputs[0].get(0), inputs[0].get(1), declaredWidth)};
        }
    }

    private static String prefix() {
        return "unit \"probe\" of " + ProbeProvider.class.getName() + " (class path, ";
    }

    private static void buildAndInitialize(IntFunction<Block> layers) {
        ProbeProvider provider = new ProbeProvider(layers);
        ModelFactory factory = new ModelFactory(EMBEDDING, provider,
                provider.hyperparameters().resolve(Map.of("hidden", HIDDEN)), 2, 10);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "MXNet")) {
            factory.build().initialize(manager, DataType.FLOAT32, new Shape(1, 1));
        }
    }

    @Test
    void aNewLayerThatThrowsIsNamedWithTheLineThatThrew() {
        assertThatThrownBy(() -> buildAndInitialize(hidden -> {
            throw new IllegalStateException("no such cell");
        }))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(prefix())
                .hasMessageContaining(") is broken: newLayer(6, ...) for layer 1 threw IllegalStateException: no such cell (at "
                        + UnitLayerCheckTest.class.getName());
    }

    @Test
    void aLayerDeclaringTheWrongOutputIsRefusedAtBuild() {
        assertThatThrownBy(() -> buildAndInitialize(hidden -> new Passthrough(hidden + 1)))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("is broken: layer 1 declares the output shape (2, 3, 5) for input (2, 3, 6); a layer"
                        + " maps (batch, time, input) to (batch, time, hidden), here (2, 3, 4)");
    }

    @Test
    void aLayerReturningTheWrongShapeIsRefusedAtItsFirstForwardPass() {
        assertThatThrownBy(() -> buildAndInitialize(Passthrough::new))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(prefix())
                .hasMessageEndingWith("is broken: the first forward pass of layer 1 maps input (2, 3, 6) to (2, 3, 6); a"
                        + " layer maps (batch, time, input) to (batch, time, hidden), here (2, 3, 4)");
    }

    @Test
    void aLayerWhoseForwardPassThrowsIsRefusedAtInitialisation() {
        assertThatThrownBy(() -> buildAndInitialize(hidden -> new Passthrough(hidden) {
            @Override
            protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                    PairList<String, Object> params) {
                throw new ArithmeticException("step went wrong");
            }
        }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("is broken: the first forward pass of layer 1 on input (2, 3, 6) threw"
                        + " ArithmeticException: step went wrong (at " + UnitLayerCheckTest.class.getName());
    }

    @Test
    void theBuiltInUnitsPass() {
        UnitRegistry units = UnitRegistry.discover(List.of());
        for (String name : List.of("gru", "lstm", "nested-lstm")) {
            RecurrentUnitProvider provider = units.get(name).provider();
            ModelFactory factory = new ModelFactory(EMBEDDING, provider,
                    provider.hyperparameters().resolve(Map.of("hidden", HIDDEN)), 2, 10);
            try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "MXNet")) {
                factory.build().initialize(manager, DataType.FLOAT32, new Shape(1, 1));
            }
        }
    }
}
