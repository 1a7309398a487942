package io.github.rnnmem.experiments.data;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The autocomplete task, memory-mapped from its dataset file: the output vocabulary, the three
 * splits of sequences and the statistics. Only the vocabulary lives on the heap; sequences are read
 * from the mapped file.
 */
public final class AutocompleteDataset {

    private final Path file;
    private final String key;
    private final Vocabulary vocabulary;
    private final DatasetStatistics statistics;
    private final Map<Split, SequenceSet> splits = new EnumMap<>(Split.class);

    AutocompleteDataset(
            Path file, String key, Vocabulary vocabulary, DatasetStatistics statistics, DatasetSections sections) {
        this.file = file;
        this.key = key;
        this.vocabulary = vocabulary;
        this.statistics = statistics;
        int start = 0;
        for (Split split : Split.values()) {
            int end = start + statistics.sequences(split);
            splits.put(split, new SequenceSet(sections, start, end));
            start = end;
        }
    }

    /**
     * The dataset file this dataset is mapped from.
     *
     * @return the path
     */
    public Path file() {
        return file;
    }

    /**
     * The cache key the dataset was made for: the format version, the task settings and the
     * corpus fingerprint. Equal keys mean equal datasets.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The output vocabulary.
     *
     * @return the vocabulary
     */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * The sequences of a split.
     *
     * @param split the split
     * @return its sequences
     */
    public SequenceSet split(Split split) {
        return splits.get(split);
    }

    /**
     * What the dataset is made of.
     *
     * @return the statistics
     */
    public DatasetStatistics statistics() {
        return statistics;
    }

    /**
     * Shows the first sequences of a split with the target of every character, for a person to
     * check: see {@link SampleRenderer}.
     *
     * @param split the split
     * @param count how many sequences, at most the split's size
     * @return the text, lines ending in a line separator
     */
    public String renderSamples(Split split, int count) {
        return SampleRenderer.render(split, split(split), vocabulary, count);
    }
}
