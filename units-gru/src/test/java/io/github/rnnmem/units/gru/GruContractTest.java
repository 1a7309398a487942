package io.github.rnnmem.units.gru;

import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.testkit.RecurrentUnitContractTest;
import java.util.List;
import java.util.Map;

class GruContractTest extends RecurrentUnitContractTest {

    @Override
    protected RecurrentUnitProvider provider() {
        return new GruProvider();
    }

    @Override
    protected List<Map<String, Object>> configurations() {
        return List.of(Map.of("hidden", 4), Map.of("hidden", 4, "variant", "fused"));
    }
}
