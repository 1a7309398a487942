package io.github.rnnmem.experiments.analysis;

import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.Vocabulary;
import java.util.regex.Pattern;

/**
 * A text as the model reads it, with the task's targets: every character of a word and the space
 * before it target that word ({@code <unknown>} outside the vocabulary).
 *
 * <p>For position {@code t}: {@code wordStart(t)} is the index of the space that opens its word,
 * and {@code knownCharacters(t) = t - wordStart(t)} is how many characters of the word the model
 * has seen there (0 at the space), the counter of the article's known-characters accuracy. A text
 * may end with a space: its word, the next one, is not written yet; it reads as the empty word,
 * whose target is {@code <unknown>}.
 */
public final class AnalysedText {

    private static final Pattern FORM = Pattern.compile("( [a-z]+)+ ?");

    private final String text;
    private final int[] inputs;
    private final int[] targets;
    private final int[] wordStarts;
    private final String[] words;

    /**
     * Reads a text against a vocabulary.
     *
     * @param text words of {@code a-z}, each after a single space (so it starts with a space),
     *     perhaps one space after the last
     * @param vocabulary the output vocabulary
     * @throws IllegalArgumentException when the text is not of that form
     */
    public AnalysedText(String text, Vocabulary vocabulary) {
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not words of a-z each after a single space (one more space may end it): \"" + text + "\"");
        }
        this.text = text;
        this.inputs = InputAlphabet.encode(text);
        this.targets = new int[text.length()];
        this.wordStarts = new int[text.length()];
        this.words = new String[text.length()];
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(' ', start + 1);
            end = end < 0 ? text.length() : end;
            String word = text.substring(start + 1, end);
            int id = vocabulary.id(word).orElse(Vocabulary.UNKNOWN);
            for (int t = start; t < end; t++) {
                targets[t] = id;
                wordStarts[t] = start;
                words[t] = word;
            }
            start = end;
        }
    }

    /**
     * The text.
     *
     * @return the text, leading space included
     */
    public String text() {
        return text;
    }

    /**
     * Its length.
     *
     * @return {@code T}
     */
    public int length() {
        return text.length();
    }

    /**
     * The input ids.
     *
     * @return one id per character; a copy
     */
    public int[] inputs() {
        return inputs.clone();
    }

    /**
     * The target class of a position.
     *
     * @param t the position
     * @return the id of the word {@code t} belongs to, or {@link Vocabulary#UNKNOWN}
     */
    public int target(int t) {
        return targets[t];
    }

    /**
     * The word a position belongs to, as written in the text.
     *
     * @param t the position
     * @return the word
     */
    public String word(int t) {
        return words[t];
    }

    /**
     * Where the word of a position starts.
     *
     * @param t the position
     * @return the index of the space before the word
     */
    public int wordStart(int t) {
        return wordStarts[t];
    }

    /**
     * How many characters of its word the model has seen at a position.
     *
     * @param t the position
     * @return 0 at the space, 1 at the first letter, and so on
     */
    public int knownCharacters(int t) {
        return t - wordStarts[t];
    }
}
