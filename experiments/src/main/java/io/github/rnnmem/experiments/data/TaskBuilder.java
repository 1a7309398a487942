package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.data.internal.NormalisedBytes;
import io.github.rnnmem.experiments.data.internal.SequencePacking;
import io.github.rnnmem.experiments.data.internal.SplitMix64;
import io.github.rnnmem.experiments.data.internal.WordIndex;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Builds the autocomplete task of the article from a normalised corpus.
 *
 * <ol>
 *   <li>Words are counted and ranked by count, descending, ties by the word's alphabetical order;
 *       the first {@code vocabulary} get output ids {@code 2, 3, ...}, all others are {@code
 *       <unknown>} (1).
 *   <li>Words are packed greedily into sequences of at most {@code max_length} characters ({@link
 *       SequencePacking}); a word that cannot fit, {@code 1 + len(w) > max_length}, is an error.
 *   <li>A permutation of the sequence indices drawn with {@link SplitMix64} from the seed assigns
 *       its first {@code floor(n * train)} to training, the next {@code floor(n * valid)} to
 *       validation and the rest to test.
 * </ol>
 */
final class TaskBuilder {

    private static final int QUOTED_WORD_CHARS = 40;

    private TaskBuilder() {}

    /**
     * Builds the task.
     *
     * @param corpusName the corpus, for messages
     * @param text the normalised corpus
     * @param settings the task settings
     * @param progress where progress is shown
     * @return the task
     * @throws BadInputException when a word is too long for {@code max_length}
     */
    static EncodedTask build(String corpusName, NormalisedBytes text, TaskSettings settings, ProgressReporter progress) {
        try (ProgressTask task = progress.start("building dataset", 4, "steps")) {
            task.status("counting words");
            WordIndex words = WordIndex.of(text.bytes(), text.length());
            checkLongestWord(corpusName, words, settings.dataset().maxLength());
            task.advance(1);

            task.status("ranking words");
            int[] ranked = rank(words, settings.dataset().vocabulary());
            int[] outputIds = new int[words.distinctCount()];
            Arrays.fill(outputIds, Vocabulary.UNKNOWN);
            List<String> vocabulary = new ArrayList<>(ranked.length);
            long knownWords = 0;
            for (int rank = 0; rank < ranked.length; rank++) {
                outputIds[ranked[rank]] = rank + 2;
                vocabulary.add(words.word(ranked[rank]));
                knownWords += words.count(ranked[rank]);
            }
            task.advance(1);

            task.status("packing sequences");
            SequencePacking packing = SequencePacking.pack(words.occurrences(), words.lengths(), settings.dataset().maxLength());
            task.advance(1);

            task.status("splitting");
            int n = packing.count();
            int[] permutation = new SplitMix64(settings.seed()).permutation(n);
            int train = settings.trainCount(n);
            int valid = settings.validCount(n);
            int[] order = new int[n];
            sortRange(permutation, order, 0, train);
            sortRange(permutation, order, train, train + valid);
            sortRange(permutation, order, train + valid, n);
            task.advance(1);

            DatasetStatistics statistics = new DatasetStatistics(
                    text.length(),
                    words.occurrenceCount(),
                    words.distinctCount(),
                    settings.dataset().maxLength(),
                    settings.dataset().vocabulary(),
                    ranked.length,
                    knownWords,
                    IntStream.of(packing.lengths()).asLongStream().sum(),
                    unknownTargets(words, outputIds),
                    train,
                    valid,
                    n - train - valid,
                    IntStream.of(packing.lengths()).max().orElse(0));
            return new EncodedTask(text, words, outputIds, List.copyOf(vocabulary), packing, order, statistics);
        }
    }

    private static void checkLongestWord(String corpusName, WordIndex words, int maxLength) {
        int[] lengths = words.lengths();
        int longest = 0;
        for (int w = 1; w < lengths.length; w++) {
            if (lengths[w] > lengths[longest]) {
                longest = w;
            }
        }
        int length = lengths[longest];
        if (1 + length > maxLength) {
            String word = words.word(longest);
            String quoted = word.length() > QUOTED_WORD_CHARS ? word.substring(0, QUOTED_WORD_CHARS) + "..." : word;
            throw new BadInputException(String.format(
                    Locale.ROOT,
                    "%s: the word \"%s\" has %,d letters, but a sequence of dataset.max_length %d holds words"
                            + " of at most %d (a space and the word); raise dataset.max_length to at least %d",
                    corpusName,
                    quoted,
                    length,
                    maxLength,
                    maxLength - 1,
                    length + 1));
        }
    }

    /** The distinct indices of the kept words: by count descending, then alphabetically. */
    private static int[] rank(WordIndex words, int vocabulary) {
        Comparator<Integer> byRank = Comparator.<Integer>comparingLong(w -> -words.count(w))
                .thenComparing((a, b) -> words.compareWords(a, b));
        return IntStream.range(0, words.distinctCount())
                .boxed()
                .sorted(byRank)
                .limit(vocabulary)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static long unknownTargets(WordIndex words, int[] outputIds) {
        int[] lengths = words.lengths();
        long unknown = 0;
        for (int word : words.occurrences()) {
            if (outputIds[word] == Vocabulary.UNKNOWN) {
                unknown += lengths[word] + 1;
            }
        }
        return unknown;
    }

    /** Copies {@code permutation[from..to)} into {@code order[from..to)}, sorted. */
    private static void sortRange(int[] permutation, int[] order, int from, int to) {
        System.arraycopy(permutation, from, order, from, to - from);
        Arrays.sort(order, from, to);
    }
}
