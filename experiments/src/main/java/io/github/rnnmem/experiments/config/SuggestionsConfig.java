package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;

/**
 * The autocomplete suggestions shown with the connectivity figure: {@code analysis.suggestions} in
 * YAML.
 *
 * @param topK how many words are suggested at each position, with their probabilities, in [1, 10]
 */
public record SuggestionsConfig(int topK) {

    static final Setting<Integer> TOP_K = new Setting<>(
            "top_k", IntegerRule.between(1, 10), Fallback.value(3), "words suggested at each position");

    static final Section<SuggestionsConfig> SECTION = new Section<>(
            "analysis.suggestions",
            "the word suggestions shown next to the connectivity figure",
            Fallback.defaults(),
            SuggestionsConfig.class,
            new Table(List.of(TOP_K), List.of()),
            fields -> new SuggestionsConfig(fields.get(TOP_K)),
            suggestions -> fields(suggestions.topK));

    /**
     * Checks the value against the same rule as the YAML mapping.
     *
     * @throws IllegalArgumentException if {@code topK} is out of range
     */
    public SuggestionsConfig {
        SECTION.verify(fields(topK));
    }

    private static Fields fields(int topK) {
        return new Fields().put(TOP_K, topK);
    }
}
