package io.github.rnnmem.units.gru;

import ai.djl.nn.Block;
import ai.djl.nn.recurrent.GRU;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.layer.Initializers;
import ai.djl.nn.Parameter;
import java.util.List;

/**
 * The gated recurrent unit of Cho et al. (2014, arXiv:1406.1078).
 *
 * <p>{@code variant: article} (the default) is TensorFlow 1's {@code GRUCell} exactly, as the
 * article trained it: see {@link GruLayer}. {@code variant: fused} is DJL's built-in GRU kernel
 * (one single-layer block per layer), whose reset gate acts after the recurrent product and which
 * carries two bias vectors per gate; it is faster and not the article's cell.
 */
public final class GruProvider implements RecurrentUnitProvider {

    static final String VARIANT = "variant";
    static final String ARTICLE = "article";
    static final String FUSED = "fused";

    private static final HyperparameterSpec SPEC =
            HyperparameterSpec.builder()
                    .choice(
                            VARIANT,
                            List.of(ARTICLE, FUSED),
                            ARTICLE,
                            "article = TensorFlow 1 GRUCell (reset before the product); fused = DJL's GRU kernel")
                    .build();

    @Override
    public String name() {
        return "gru";
    }

    @Override
    public String description() {
        return "gated recurrent unit (Cho et al. 2014, arXiv:1406.1078)";
    }

    @Override
    public HyperparameterSpec hyperparameters() {
        return SPEC;
    }

    @Override
    public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
        int hidden = hyperparameters.hidden();
        if (FUSED.equals(hyperparameters.choice(VARIANT))) {
            GRU block = GRU.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).build();
            block.setInitializer(Initializers.glorotUniform(), Parameter.Type.WEIGHT);
            return block;
        }
        return new GruLayer(inputSize, hidden);
    }
}
