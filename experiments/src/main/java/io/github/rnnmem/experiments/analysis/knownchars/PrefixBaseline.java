package io.github.rnnmem.experiments.analysis.knownchars;

import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.SequenceSet;
import io.github.rnnmem.experiments.data.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The prefix-frequency baseline: at a position where the characters {@code s} of the word are
 * known, it suggests the {@code k} vocabulary words that begin with {@code s} and occur most often
 * in the training split (ties to the word ranked first in the vocabulary). At 0 known characters
 * that is the {@code k} most frequent words. It remembers nothing of earlier words: what a unit
 * reaches above it, it owes to context.
 */
final class PrefixBaseline implements Ranker {

    private final Map<String, int[]> suggestions;

    private PrefixBaseline(Map<String, int[]> suggestions) {
        this.suggestions = suggestions;
    }

    /**
     * Counts the training words and keeps, for every prefix of at most {@code maxChars}
     * characters, the {@code topK} most frequent words that begin with it.
     *
     * @param training the training split
     * @param vocabulary the output vocabulary
     * @param topK words per prefix
     * @param maxChars the longest prefix
     * @return the baseline
     */
    static PrefixBaseline fit(SequenceSet training, Vocabulary vocabulary, int topK, int maxChars) {
        long[] frequency = new long[vocabulary.outputClasses()];
        for (int i = 0; i < training.size(); i++) {
            int[] inputs = training.inputs(i);
            int[] targets = training.targets(i);
            for (int t = 0; t < inputs.length; t++) {
                if (inputs[t] == InputAlphabet.SPACE) {
                    frequency[targets[t]]++;
                }
            }
        }
        Map<String, List<Integer>> candidates = new HashMap<>();
        for (int id = Vocabulary.UNKNOWN + 1; id < vocabulary.outputClasses(); id++) {
            String word = vocabulary.word(id);
            for (int length = 0; length <= Math.min(maxChars, word.length()); length++) {
                candidates.computeIfAbsent(word.substring(0, length), p -> new ArrayList<>()).add(id);
            }
        }
        Map<String, int[]> suggestions = new HashMap<>();
        candidates.forEach((prefix, ids) -> suggestions.put(prefix, ids.stream()
                .sorted((a, b) -> frequency[a] != frequency[b] ? Long.compare(frequency[b], frequency[a]) : Integer.compare(a, b))
                .limit(topK)
                .mapToInt(Integer::intValue)
                .toArray()));
        return new PrefixBaseline(suggestions);
    }

    /**
     * The words suggested after a prefix.
     *
     * @param prefix the known characters of the word
     * @return the suggested ids, most frequent first; empty when no word begins so
     */
    int[] suggest(String prefix) {
        return suggestions.getOrDefault(prefix, new int[0]);
    }

    @Override
    public int[] ranks(Batch batch) {
        int[] ranks = new int[batch.inputs().length];
        StringBuilder prefix = new StringBuilder();
        for (int b = 0; b < batch.batchSize(); b++) {
            for (int t = 0; t < batch.time(); t++) {
                int at = b * batch.time() + t;
                int input = batch.inputs()[at];
                if (input == InputAlphabet.PADDING) {
                    break;
                }
                if (input == InputAlphabet.SPACE) {
                    prefix.setLength(0);
                } else {
                    prefix.append(InputAlphabet.character(input));
                }
                ranks[at] = rank(suggest(prefix.toString()), batch.targets()[at]);
            }
        }
        return ranks;
    }

    private static int rank(int[] words, int target) {
        for (int r = 0; r < words.length; r++) {
            if (words[r] == target) {
                return r;
            }
        }
        return KnownCharsTally.MISS;
    }
}
