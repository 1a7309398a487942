package io.github.rnnmem.units.lstm;

import ai.djl.ndarray.types.DataType;
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

    /** DJL's fused kernel makes its zero initial state in float32, so it is checked in float32. */
    @Override
    protected DataType gradientCheckType(String engine, Map<String, Object> settings) {
        return "fused".equals(settings.get("variant")) ? DataType.FLOAT32 : DataType.FLOAT64;
    }
}
