package io.github.rnnmem.experiments.config;

import ai.djl.nn.Block;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.DiscoveredUnit;
import io.github.rnnmem.api.registry.UnitRegistry;
import java.util.List;

/**
 * Units with the names and settings of the built-in ones, for binding tests: {@code gru} and {@code
 * lstm} take only {@code hidden} (required), {@code nested-lstm} also {@code depth} in [1, 8],
 * default 2. They build no layers: configuration never does.
 */
final class FakeUnits {

    private FakeUnits() {}

    /**
     * A registry of the three fake units.
     *
     * @return the registry
     */
    static UnitRegistry registry() {
        return UnitRegistry.of(List.of(
                unit("gru", HyperparameterSpec.builder().build()),
                unit("lstm", HyperparameterSpec.builder().build()),
                unit("nested-lstm",
                        HyperparameterSpec.builder()
                                .integer("depth", 1, 8, 2, "number of nested memories")
                                .build())));
    }

    private static DiscoveredUnit unit(String name, HyperparameterSpec spec) {
        return new DiscoveredUnit(new FakeProvider(name, spec), "test");
    }

    private record FakeProvider(String name, HyperparameterSpec hyperparameters)
            implements RecurrentUnitProvider {

        @Override
        public String description() {
            return "a stand-in for the " + name + " unit";
        }

        @Override
        public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
            throw new UnsupportedOperationException("configuration tests build no layers");
        }
    }
}
