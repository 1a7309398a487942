package org.example.mgu;

import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.testkit.RecurrentUnitContractTest;
import java.util.List;
import java.util.Map;

/** rnnmem's contract: shapes, causality, gradients, save/load, seeds and messages, on every engine. */
class MguContractTest extends RecurrentUnitContractTest {

    @Override
    protected RecurrentUnitProvider provider() {
        return new MguProvider();
    }

    @Override
    protected List<Map<String, Object>> configurations() {   // the settings to check; the default is {hidden: 4}
        return List.of(Map.of("hidden", 4, "gate_bias", -1.0));
    }
}
