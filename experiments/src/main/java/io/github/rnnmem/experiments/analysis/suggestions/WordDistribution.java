package io.github.rnnmem.experiments.analysis.suggestions;

import io.github.rnnmem.experiments.data.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The model's output distribution at one position: the softmax over all {@code V} output classes.
 * Its suggestions are the most probable words; {@code <pad>} and {@code <unknown>} are never
 * suggested nor ranked, and their probability still counts in the softmax's denominator, as the
 * model defines it.
 *
 * <p>The rank of a word is 1 plus the number of words (classes from {@link Suggester#FIRST_WORD})
 * more probable than it, so the first suggestion has rank 1 and a word's rank is its place in a
 * list of suggestions long enough to hold it.
 */
public final class WordDistribution {

    private final float[] probabilities;

    /**
     * Wraps the probabilities of one position.
     *
     * @param probabilities {@code p[c]} for every output class {@code c}; copied
     */
    public WordDistribution(float[] probabilities) {
        this.probabilities = probabilities.clone();
    }

    /**
     * The distributions along a text, from the softmax of every position.
     *
     * @param probabilities {@code (T, V)} row by row
     * @param classes {@code V}
     * @return one distribution per position
     */
    static List<WordDistribution> rows(float[] probabilities, int classes) {
        int positions = probabilities.length / classes;
        List<WordDistribution> rows = new ArrayList<>(positions);
        for (int t = 0; t < positions; t++) {
            rows.add(new WordDistribution(Arrays.copyOfRange(probabilities, t * classes, (t + 1) * classes)));
        }
        return rows;
    }

    /**
     * The probability of a class.
     *
     * @param id an output class
     * @return its softmax probability
     */
    public double probability(int id) {
        return probabilities[id];
    }

    /**
     * The place of a word among the words, most probable first.
     *
     * @param id a word's output class, at least {@link Suggester#FIRST_WORD}
     * @return 1 plus the number of words with a higher probability
     */
    public int rank(int id) {
        if (id < Suggester.FIRST_WORD) {
            throw new IllegalArgumentException("class " + id + " is not a word: only words are ranked");
        }
        float p = probabilities[id];
        int above = 0;
        for (int c = Suggester.FIRST_WORD; c < probabilities.length; c++) {
            if (probabilities[c] > p) {
                above++;
            }
        }
        return above + 1;
    }

    /**
     * The {@code k} most probable words, most probable first; among equal probabilities the more
     * frequent word (the smaller class) first.
     *
     * @param k how many, at least 1
     * @param vocabulary the output vocabulary
     * @return at most {@code k} suggestions, fewer when the vocabulary has fewer words
     */
    public List<Suggestion> top(int k, Vocabulary vocabulary) {
        int count = Math.min(k, probabilities.length - Suggester.FIRST_WORD);
        int[] best = new int[count];
        int filled = 0;
        for (int id = Suggester.FIRST_WORD; id < probabilities.length; id++) {
            float p = probabilities[id];
            if (filled < count || p > probabilities[best[filled - 1]]) {
                int i = Math.min(filled, count - 1);
                while (i > 0 && p > probabilities[best[i - 1]]) {
                    best[i] = best[i - 1];
                    i--;
                }
                best[i] = id;
                filled = Math.min(filled + 1, count);
            }
        }
        List<Suggestion> result = new ArrayList<>(count);
        for (int i = 0; i < filled; i++) {
            result.add(new Suggestion(best[i], vocabulary.word(best[i]), probabilities[best[i]]));
        }
        return result;
    }
}
