package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;

/**
 * How the corpus becomes sequences: {@code dataset} in YAML. Words are packed greedily into
 * sequences of at most {@code max_length} characters, each word as a space followed by its letters;
 * the output vocabulary is padding, {@code <unknown>} and the {@code vocabulary} most frequent
 * words; the sequences are split by a seeded permutation.
 *
 * @param maxLength the most characters in one sequence, in [2, 100000]
 * @param vocabulary how many of the most frequent words are output classes, in [1, 10000000]
 * @param split the fractions of sequences for training, validation and test
 */
public record DatasetConfig(int maxLength, int vocabulary, DataSplit split) {

    static final Setting<Integer> MAX_LENGTH = new Setting<>(
            "max_length",
            IntegerRule.between(2, 100_000),
            Fallback.value(200),
            "the most characters in one sequence; words are packed whole, never split");
    static final Setting<Integer> VOCABULARY = new Setting<>(
            "vocabulary",
            IntegerRule.between(1, 10_000_000),
            Fallback.value(16_384),
            "how many of the most frequent words are predicted; the others are <unknown>");
    static final Setting<DataSplit> SPLIT = new Setting<>(
            "split",
            new SplitRule(),
            Fallback.value(DataSplit.article()),
            "fractions of the sequences used for training, validation and test");

    static final Section<DatasetConfig> SECTION = new Section<>(
            "dataset",
            "how the corpus becomes sequences and word targets",
            Fallback.defaults(),
            DatasetConfig.class,
            new Table(List.of(MAX_LENGTH, VOCABULARY, SPLIT), List.of()),
            fields -> new DatasetConfig(fields.get(MAX_LENGTH), fields.get(VOCABULARY), fields.get(SPLIT)),
            dataset -> fields(dataset.maxLength, dataset.vocabulary, dataset.split));

    /**
     * Checks the values against the same rules as the {@code dataset} mapping of a YAML file.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public DatasetConfig {
        SECTION.verify(fields(maxLength, vocabulary, split));
    }

    private static Fields fields(int maxLength, int vocabulary, DataSplit split) {
        return new Fields().put(MAX_LENGTH, maxLength).put(VOCABULARY, vocabulary).put(SPLIT, split);
    }
}
