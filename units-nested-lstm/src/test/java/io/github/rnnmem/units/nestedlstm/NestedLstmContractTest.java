package io.github.rnnmem.units.nestedlstm;

import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.testkit.RecurrentUnitContractTest;
import java.util.List;
import java.util.Map;

class NestedLstmContractTest extends RecurrentUnitContractTest {

    @Override
    protected RecurrentUnitProvider provider() {
        return new NestedLstmProvider();
    }

    @Override
    protected List<Map<String, Object>> configurations() {
        return List.of(
                Map.of("hidden", 4),
                Map.of("hidden", 3, "depth", 3, "outer_activation", "tanh"),
                Map.of("hidden", 4, "depth", 1));
    }
}
