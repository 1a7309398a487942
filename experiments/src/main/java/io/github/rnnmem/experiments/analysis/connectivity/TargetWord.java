package io.github.rnnmem.experiments.analysis.connectivity;

import io.github.rnnmem.api.NearestNames;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.data.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A word of the output vocabulary that the user names as the target: connectivity then
 * differentiates the score of this word at every position, instead of the text's own target word
 * or the word the model ranks first.
 *
 * @param word the word, in lower case
 * @param id its output class, at least {@link Suggester#FIRST_WORD}
 */
public record TargetWord(String word, int id) {

    /** How many words a refusal offers instead. */
    public static final int NEAREST = 5;

    /** Checks the class. */
    public TargetWord {
        if (id < Suggester.FIRST_WORD) {
            throw new IllegalArgumentException("target word \"" + word + "\": class " + id + " is not a word");
        }
    }

    /**
     * Finds a word in a vocabulary.
     *
     * @param given the word as the user wrote it; case and surrounding blanks do not matter
     * @param vocabulary the output vocabulary
     * @return the word, or empty when it is not one of the vocabulary's words ({@code <pad>} and
     *     {@code <unknown>} are not words)
     */
    public static Optional<TargetWord> find(String given, Vocabulary vocabulary) {
        String word = given.strip().toLowerCase(Locale.ROOT);
        OptionalInt id = vocabulary.id(word);
        return id.isPresent() && id.getAsInt() >= Suggester.FIRST_WORD
                ? Optional.of(new TargetWord(word, id.getAsInt())) : Optional.empty();
    }

    /**
     * Why a word cannot be a target, with the words nearest to it.
     *
     * @param given the word as the user wrote it
     * @param vocabulary the output vocabulary
     * @return such as {@code "afrca" is not in the vocabulary (2,000 words); nearest: africa, area, ...}
     */
    public static String refusal(String given, Vocabulary vocabulary) {
        return String.format(Locale.ROOT, "\"%s\" is not in the vocabulary (%,d words); nearest: %s", given.strip(),
                vocabulary.wordCount(), String.join(", ", nearest(given, vocabulary)));
    }

    /**
     * The vocabulary's words nearest to a word by edit distance, the more frequent first among
     * equally near ones.
     *
     * @param given the word as the user wrote it
     * @param vocabulary the output vocabulary
     * @return {@value #NEAREST} words at most, nearest first
     */
    public static List<String> nearest(String given, Vocabulary vocabulary) {
        List<String> words = new ArrayList<>(vocabulary.wordCount());
        for (int id = Suggester.FIRST_WORD; id < vocabulary.outputClasses(); id++) {
            words.add(vocabulary.word(id));
        }
        return NearestNames.closest(given.strip(), words, NEAREST);
    }
}
