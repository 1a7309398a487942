package io.github.rnnmem.experiments.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quickstart's units have the same number of recurrent parameters, as the article's do. */
class QuickstartParityTest {

    @Test
    void quickstartUnitsHaveEqualRecurrentParameters() {
        UnitRegistry units = UnitRegistry.discover(List.of());
        ExperimentConfig quickstart = new ConfigLoader(units, Path.of("")).load(Path.of("quickstart.yaml"), List.of());
        List<Long> recurrent = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "MXNet")) {
            for (UnitConfig unit : quickstart.units()) {
                AutocompleteModel model = new ModelFactory(quickstart.model().embedding(), units.get(unit.unit()).provider(),
                        unit.hyperparameters(), unit.layers(), 2_002).build();
                model.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
                recurrent.add(ParameterCounts.of(model).recurrent());
            }
        }
        long lstm = recurrent.get(1);
        assertThat(recurrent).allSatisfy(count -> assertThat((double) count).isCloseTo(lstm, within(0.02 * lstm)));
    }
}
