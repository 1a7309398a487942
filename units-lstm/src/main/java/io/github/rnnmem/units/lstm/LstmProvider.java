package io.github.rnnmem.units.lstm;

import ai.djl.nn.Block;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import java.util.List;

/**
 * Long short-term memory (Hochreiter and Schmidhuber 1997), with the forget bias of Gers et al.
 * (2000).
 *
 * <p>{@code variant: article} (the default) is TensorFlow 1's {@code BasicLSTMCell} exactly, with
 * its parameters, computed by DJL's fused kernel: see {@link LstmOnFusedKernel}. {@code variant:
 * article-unrolled} is the same cell with the same parameters computed step by step: see {@link
 * LstmLayer}; checkpoints of one load into the other. {@code variant: fused} is DJL's built-in LSTM
 * kernel with its own parameters (gate order i, f, g, o, two bias vectors per gate): see {@link
 * CheckedFusedLstm}.
 */
public final class LstmProvider implements RecurrentUnitProvider {

    static final String VARIANT = "variant";
    static final String ARTICLE = "article";
    static final String ARTICLE_UNROLLED = "article-unrolled";
    static final String FUSED = "fused";

    private static final HyperparameterSpec SPEC =
            HyperparameterSpec.builder()
                    .choice(
                            VARIANT,
                            List.of(ARTICLE, ARTICLE_UNROLLED, FUSED),
                            ARTICLE,
                            "article = TensorFlow 1 BasicLSTMCell (forget bias 1.0) on DJL's fused kernel;"
                                    + " article-unrolled = the same cell step by step; fused = DJL's own LSTM")
                    .build();

    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public String description() {
        return "long short-term memory (Hochreiter & Schmidhuber 1997), forget bias 1.0";
    }

    @Override
    public HyperparameterSpec hyperparameters() {
        return SPEC;
    }

    @Override
    public Block newLayer(int inputSize, Hyperparameters hyperparameters) {
        int hidden = hyperparameters.hidden();
        return switch (hyperparameters.choice(VARIANT)) {
            case ARTICLE -> new LstmOnFusedKernel(inputSize, hidden);
            case ARTICLE_UNROLLED -> new LstmLayer(inputSize, hidden);
            default -> new CheckedFusedLstm(inputSize, hidden);
        };
    }
}
