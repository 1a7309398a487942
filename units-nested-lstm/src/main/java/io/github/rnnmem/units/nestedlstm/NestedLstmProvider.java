package io.github.rnnmem.units.nestedlstm;

import ai.djl.nn.Block;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import java.util.List;

/**
 * The Nested LSTM of Moniz and Krueger (2018, arXiv:1801.10308): the memory update of an LSTM is
 * itself an LSTM, nested {@code depth} times. See {@link NestedLstmLayer} for the equations.
 */
public final class NestedLstmProvider implements RecurrentUnitProvider {

    static final String DEPTH = "depth";
    static final String OUTER_ACTIVATION = "outer_activation";
    static final String IDENTITY = "identity";
    static final String TANH = "tanh";

    private static final HyperparameterSpec SPEC =
            HyperparameterSpec.builder()
                    .integer(DEPTH, 1, 16, 2, "number of nested memory cells (depth 1 is an LSTM)")
                    .choice(
                            OUTER_ACTIVATION,
                            List.of(IDENTITY, TANH),
                            IDENTITY,
                            "activation of the outermost cell's input j: identity as the article trained, or tanh")
                    .build();

    @Override
    public String name() {
        return "nested-lstm";
    }

    @Override
    public String description() {
        return "Nested LSTM (Moniz & Krueger 2018, arXiv:1801.10308), memories nested depth times";
    }

    @Override
    public HyperparameterSpec hyperparameters() {
        return SPEC;
    }

    @Override
    public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
        return new NestedLstmLayer(
                inputSize,
                hyperparameters.hidden(),
                hyperparameters.integer(DEPTH),
                IDENTITY.equals(hyperparameters.choice(OUTER_ACTIVATION)));
    }
}
