package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;

/**
 * What every model shares around its units: {@code model} in YAML. The input characters (padding,
 * space, a-z) are embedded in {@code embedding} dimensions, the padding row fixed at zero.
 *
 * @param embedding the size of the character embedding
 */
public record ModelConfig(
        @Setting(value = "size of the character embedding; the padding row is fixed at zero", range = "[1, 65536]",
                fallback = "600")
        int embedding) {

    /**
     * Checks the value against its declaration.
     *
     * @throws IllegalArgumentException if the embedding size is out of range
     */
    public ModelConfig {
        ConfigSchema.verify(ModelConfig.class, embedding);
    }
}
