package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;

/**
 * How the corpus becomes sequences: {@code dataset} in YAML. Words are packed greedily into
 * sequences of at most {@code max_length} characters, each word as a space followed by its letters;
 * the output vocabulary is padding, {@code <unknown>} and the {@code vocabulary} most frequent
 * words; the sequences are split by a seeded permutation.
 *
 * @param maxLength the most characters in one sequence
 * @param vocabulary how many of the most frequent words are output classes
 * @param split the fractions of sequences for training, validation and test
 */
public record DatasetConfig(
        @Setting(value = "the most characters in one sequence; words are packed whole, never split",
                range = "[2, 100000]", fallback = "200")
        int maxLength,
        @Setting(value = "how many of the most frequent words are predicted; the others are <unknown>",
                range = "[1, 10000000]", fallback = "16384")
        int vocabulary,
        @Setting(value = "fractions of the sequences used for training, validation and test",
                fallback = "[0.9, 0.05, 0.05]", format = ValueFormats.Split.class)
        DataSplit split) {

    /**
     * Checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public DatasetConfig {
        ConfigSchema.verify(DatasetConfig.class, maxLength, vocabulary, split);
    }
}
