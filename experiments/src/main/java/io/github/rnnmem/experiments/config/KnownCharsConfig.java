package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;
import java.util.OptionalInt;

/**
 * Accuracy given the number of known characters: {@code analysis.known_chars} in YAML. Over the
 * test set, the word-prediction accuracy for top-1 to top-{@code top_k} suggestions as a function
 * of how many characters of the word were seen, from 0 (only the space before it) to {@code
 * max_chars}.
 *
 * @param sequences how many test sequences are counted, from the first; empty for the whole split
 */
public record KnownCharsConfig(
        @Setting(value = "accuracy is reported for top-1 to top-k suggestions", range = "[1, 10]", fallback = "3")
        int topK,
        @Setting(value = "accuracy is reported for 0 to max_chars known characters of the word", range = "[1, 100]",
                fallback = "21")
        int maxChars,
        @Setting(value = "count only the first this many test sequences (all of the test split when left out)",
                range = "[1, 2147483647]")
        OptionalInt sequences) {

    /**
     * Checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public KnownCharsConfig {
        ConfigSchema.verify(KnownCharsConfig.class, topK, maxChars, sequences);
    }
}
