package io.github.rnnmem.experiments.evaluation;

import io.github.rnnmem.experiments.data.SequenceSet;
import io.github.rnnmem.experiments.data.Vocabulary;

/**
 * The accuracy of always predicting the most frequent word (output id 2), counted like a model's:
 * the floor any model must clear.
 *
 * @param word the most frequent training word
 * @param accuracyMasked hits over known targets
 * @param accuracyArticle hits over all non-padding targets
 */
public record MostFrequentWordBaseline(String word, double accuracyMasked, double accuracyArticle) {

    /** The output id of the most frequent word. */
    public static final int MOST_FREQUENT = 2;

    /**
     * Scores the baseline on a split.
     *
     * @param split the sequences
     * @param vocabulary the words of the output classes
     * @return the baseline's accuracies
     */
    public static MostFrequentWordBaseline score(SequenceSet split, Vocabulary vocabulary) {
        long hits = 0;
        long known = 0;
        long unknown = 0;
        for (int i = 0; i < split.size(); i++) {
            for (int target : split.targets(i)) {
                if (target == Vocabulary.UNKNOWN) {
                    unknown++;
                } else {
                    known++;
                    hits += target == MOST_FREQUENT ? 1 : 0;
                }
            }
        }
        return new MostFrequentWordBaseline(vocabulary.word(MOST_FREQUENT), (double) hits / known,
                (double) hits / (known + unknown));
    }
}
