package org.example.mgu;

import ai.djl.nn.Block;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;

/** The minimal gated unit as an rnnmem unit: its name, its settings and its layers. */
public final class MguProvider implements RecurrentUnitProvider {

    @Override
    public String name() {
        return "mgu";                                  // the name experiment files use: [a-z][a-z0-9-]*
    }

    @Override
    public String description() {
        return "minimal gated unit (Zhou et al. 2016, arXiv:1603.09420)";
    }

    @Override
    public HyperparameterSpec hyperparameters() {      // "hidden" is always declared, and required
        return HyperparameterSpec.builder()
                .real("gate_bias", -5, 5, 0.0, "initial bias of the forget gate f; below 0 the unit starts keeping h")
                .build();
    }

    @Override
    public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
        return new MguLayer(inputSize, hyperparameters.hidden(), (float) hyperparameters.real("gate_bias"));
    }
}
