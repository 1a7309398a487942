package io.github.rnnmem.experiments.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The output classes of the autocomplete task: {@code 0} = {@value #PADDING_WORD} (also the
 * article's {@code <eos>}), {@code 1} = {@value #UNKNOWN_WORD}, then the kept words from the most
 * frequent down: the word of rank {@code r} (from 0) has id {@code r + 2}.
 */
public final class Vocabulary {

    /** The id of the padding class. */
    public static final int PADDING = 0;
    /** The id of every word outside the vocabulary. */
    public static final int UNKNOWN = 1;
    /** How the padding class is written. */
    public static final String PADDING_WORD = "<pad>";
    /** How the unknown class is written. */
    public static final String UNKNOWN_WORD = "<unknown>";

    private static final int FIRST_WORD = 2;

    private final String[] words;
    private final Map<String, Integer> ids;

    /**
     * Creates a vocabulary.
     *
     * @param ranked the kept words, most frequent first
     */
    public Vocabulary(List<String> ranked) {
        this.words = new String[ranked.size() + FIRST_WORD];
        this.ids = new HashMap<>(2 * words.length);
        words[PADDING] = PADDING_WORD;
        words[UNKNOWN] = UNKNOWN_WORD;
        for (int i = 0; i < ranked.size(); i++) {
            words[FIRST_WORD + i] = ranked.get(i);
        }
        for (int id = 0; id < words.length; id++) {
            if (ids.put(words[id], id) != null) {
                throw new IllegalArgumentException("the word " + words[id] + " appears twice in the vocabulary");
            }
        }
    }

    /**
     * The word of an output id.
     *
     * @param id an id in {@code [0, outputClasses())}
     * @return the word, or {@value #PADDING_WORD} / {@value #UNKNOWN_WORD}
     */
    public String word(int id) {
        if (id < 0 || id >= words.length) {
            throw new IllegalArgumentException("output id " + id + " outside [0, " + words.length + ")");
        }
        return words[id];
    }

    /**
     * The output id of a word.
     *
     * @param word a word, {@value #PADDING_WORD} or {@value #UNKNOWN_WORD}
     * @return its id, or empty when the word is outside the vocabulary
     */
    public OptionalInt id(String word) {
        Integer id = ids.get(word);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /**
     * How many output classes there are: the kept words plus padding and unknown.
     *
     * @return the count
     */
    public int outputClasses() {
        return words.length;
    }

    /**
     * How many words are kept, without the two special classes.
     *
     * @return the count
     */
    public int wordCount() {
        return words.length - FIRST_WORD;
    }
}
