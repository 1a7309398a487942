package io.github.rnnmem.units.lstm;

import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.testkit.RecurrentUnitContractTest;
import java.util.List;
import java.util.Map;

class LstmContractTest extends RecurrentUnitContractTest {

    @Override
    protected RecurrentUnitProvider provider() {
        return new LstmProvider();
    }

    @Override
    protected List<Map<String, Object>> configurations() {
        return List.of(
                Map.of("hidden", 4),
                Map.of("hidden", 4, "variant", "article-unrolled"),
                Map.of("hidden", 4, "variant", "fused"));
    }
}
