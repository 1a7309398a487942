package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;

/**
 * Accuracy given the number of known characters: {@code analysis.known_chars} in YAML. Over the
 * test set, the word-prediction accuracy for top-1 to top-{@code topK} suggestions as a function
 * of how many characters of the word were seen, from 0 (only the space before it) to {@code
 * maxChars}.
 *
 * @param topK how many suggestions count, in [1, 10]
 * @param maxChars the largest number of known characters reported, in [1, 100]
 */
public record KnownCharsConfig(int topK, int maxChars) {

    static final Setting<Integer> TOP_K = new Setting<>(
            "top_k", IntegerRule.between(1, 10), Fallback.value(3), "accuracy is reported for top-1 to top-k suggestions");
    static final Setting<Integer> MAX_CHARS = new Setting<>(
            "max_chars",
            IntegerRule.between(1, 100),
            Fallback.value(21),
            "accuracy is reported for 0 to max_chars known characters of the word");

    static final Section<KnownCharsConfig> SECTION = new Section<>(
            "analysis.known_chars",
            "accuracy given the number of known characters of the word",
            Fallback.defaults(),
            KnownCharsConfig.class,
            new Table(List.of(TOP_K, MAX_CHARS), List.of()),
            fields -> new KnownCharsConfig(fields.get(TOP_K), fields.get(MAX_CHARS)),
            knownChars -> fields(knownChars.topK, knownChars.maxChars));

    /**
     * Checks the values against the same rules as the YAML mapping.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public KnownCharsConfig {
        SECTION.verify(fields(topK, maxChars));
    }

    private static Fields fields(int topK, int maxChars) {
        return new Fields().put(TOP_K, topK).put(MAX_CHARS, maxChars);
    }
}
