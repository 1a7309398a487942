package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.data.internal.NormalisedBytes;
import io.github.rnnmem.experiments.data.internal.SequencePacking;
import io.github.rnnmem.experiments.data.internal.WordIndex;
import java.util.List;

/**
 * A built autocomplete task in memory, before it is written to its file.
 *
 * @param text the normalised corpus
 * @param words its words
 * @param outputIds per distinct word, its output id ({@link Vocabulary#UNKNOWN} when not kept)
 * @param vocabulary the kept words, most frequent first
 * @param packing the sequences in corpus order
 * @param order the sequences in file order: the training split, then validation, then test, each
 *     in corpus order
 * @param statistics the figures, which also give the size of each split
 */
record EncodedTask(
        NormalisedBytes text,
        WordIndex words,
        int[] outputIds,
        List<String> vocabulary,
        SequencePacking packing,
        int[] order,
        DatasetStatistics statistics) {}
