package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;

/**
 * The autocomplete suggestions shown with the connectivity figure: {@code analysis.suggestions} in
 * YAML.
 *
 * @param topK how many words are suggested at each position, with their probabilities
 */
public record SuggestionsConfig(
        @Setting(value = "words suggested at each position, at most dataset.vocabulary", range = "[1, 10000000]",
                fallback = "3")
        int topK) {

    /**
     * Checks the value against its declaration.
     *
     * @throws IllegalArgumentException if {@code topK} is out of range
     */
    public SuggestionsConfig {
        ConfigSchema.verify(SuggestionsConfig.class, topK);
    }
}
