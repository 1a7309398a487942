package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;
import java.util.OptionalInt;

/**
 * Accuracy given the number of known characters: {@code analysis.known_chars} in YAML. Over the
 * test set, the word-prediction accuracy for top-1 to top-{@code topK} suggestions as a function
 * of how many characters of the word were seen, from 0 (only the space before it) to {@code
 * maxChars}.
 *
 * @param topK how many suggestions count, in [1, 10]
 * @param maxChars the largest number of known characters reported, in [1, 100]
 * @param sequences how many test sequences are counted, from the first; empty for the whole split
 */
public record KnownCharsConfig(int topK, int maxChars, OptionalInt sequences) {

    static final Setting<Integer> TOP_K = new Setting<>(
            "top_k", IntegerRule.between(1, 10), Fallback.value(3), "accuracy is reported for top-1 to top-k suggestions");
    static final Setting<Integer> MAX_CHARS = new Setting<>(
            "max_chars",
            IntegerRule.between(1, 100),
            Fallback.value(21),
            "accuracy is reported for 0 to max_chars known characters of the word");
    static final Setting<Integer> SEQUENCES = new Setting<>(
            "sequences",
            IntegerRule.between(1, Integer.MAX_VALUE),
            Fallback.none(),
            "count only the first this many test sequences (all of the test split when left out)");

    static final Section<KnownCharsConfig> SECTION = new Section<>(
            "analysis.known_chars",
            "accuracy given the number of known characters of the word",
            Fallback.defaults(),
            KnownCharsConfig.class,
            new Table(List.of(TOP_K, MAX_CHARS, SEQUENCES), List.of()),
            fields -> new KnownCharsConfig(fields.get(TOP_K), fields.get(MAX_CHARS), fields.optionalInt(SEQUENCES)),
            knownChars -> fields(knownChars.topK, knownChars.maxChars, knownChars.sequences));

    /**
     * Checks the values against the same rules as the YAML mapping.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public KnownCharsConfig {
        SECTION.verify(fields(topK, maxChars, sequences));
    }

    private static Fields fields(int topK, int maxChars, OptionalInt sequences) {
        return new Fields().put(TOP_K, topK).put(MAX_CHARS, maxChars).put(SEQUENCES, sequences);
    }
}
