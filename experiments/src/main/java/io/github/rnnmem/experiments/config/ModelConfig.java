package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;

/**
 * What every model shares around its units: {@code model} in YAML. The input characters (padding,
 * space, a-z) are embedded in {@code embedding} dimensions, the padding row fixed at zero.
 *
 * @param embedding the size of the character embedding, in [1, 65536]
 */
public record ModelConfig(int embedding) {

    static final Setting<Integer> EMBEDDING = new Setting<>(
            "embedding",
            IntegerRule.between(1, 65_536),
            Fallback.value(600),
            "size of the character embedding; the padding row is fixed at zero");

    static final Section<ModelConfig> SECTION = new Section<>(
            "model",
            "the layers every model shares around its units",
            Fallback.defaults(),
            ModelConfig.class,
            new Table(List.of(EMBEDDING), List.of()),
            fields -> new ModelConfig(fields.get(EMBEDDING)),
            model -> fields(model.embedding));

    /**
     * Checks the value against the same rule as the {@code model} mapping of a YAML file.
     *
     * @throws IllegalArgumentException if the embedding size is out of range
     */
    public ModelConfig {
        SECTION.verify(fields(embedding));
    }

    private static Fields fields(int embedding) {
        return new Fields().put(EMBEDDING, embedding);
    }
}
