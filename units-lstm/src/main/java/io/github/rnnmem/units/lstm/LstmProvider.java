package io.github.rnnmem.units.lstm;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.recurrent.LSTM;
import io.github.rnnmem.api.HyperparameterSpec;
import io.github.rnnmem.api.Hyperparameters;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.layer.Initializers;
import java.util.List;

/**
 * Long short-term memory (Hochreiter and Schmidhuber 1997), with the forget bias of Gers et al.
 * (2000).
 *
 * <p>{@code variant: article} (the default) is TensorFlow 1's {@code BasicLSTMCell} exactly: see
 * {@link LstmLayer}. {@code variant: fused} is DJL's built-in LSTM kernel (one single-layer block
 * per layer, gate order i, f, g, o, two bias vectors per gate); its input-to-hidden forget bias
 * starts at 1.0 so that it starts where the article's cell does.
 */
public final class LstmProvider implements RecurrentUnitProvider {

    static final String VARIANT = "variant";
    static final String ARTICLE = "article";
    static final String FUSED = "fused";

    private static final HyperparameterSpec SPEC =
            HyperparameterSpec.builder()
                    .choice(
                            VARIANT,
                            List.of(ARTICLE, FUSED),
                            ARTICLE,
                            "article = TensorFlow 1 BasicLSTMCell (forget bias 1.0); fused = DJL's LSTM kernel")
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
        if (FUSED.equals(hyperparameters.choice(VARIANT))) {
            LSTM block = LSTM.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).build();
            block.setInitializer(Initializers.glorotUniform(), Parameter.Type.WEIGHT);
            block.setInitializer(new ForgetGateBias(hidden), "l_0_i2h_BIAS");
            return block;
        }
        return new LstmLayer(inputSize, hidden);
    }
}
