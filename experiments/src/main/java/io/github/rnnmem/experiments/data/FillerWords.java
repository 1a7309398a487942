package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.data.internal.NormalisedBytes;
import io.github.rnnmem.experiments.data.internal.WordIndex;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The filler words of a planted-cue corpus: the first of a built-in list of common English words,
 * or the most frequent words of a given text, in both cases only words that {@link
 * PlantedCues#allowsFiller} allows.
 */
public final class FillerWords {

    /**
     * Common English words, roughly most frequent first, none of them a cue, an answer or the
     * marker, none beginning with {@value PlantedCues#ANSWER_LETTER}; from 1 to 11 letters, so that
     * fillers can fill any number of characters.
     */
    public static final List<String> BUILT_IN = List.of(
            "the", "of", "and", "in", "to", "a", "is", "as", "for", "was", "by", "that", "with", "on", "are", "it",
            "from", "his", "an", "be", "this", "which", "at", "he", "also", "not", "have", "or", "were", "first",
            "has", "new", "after", "its", "all", "but", "had", "who", "more", "they", "other", "their", "can", "been",
            "many", "most", "time", "when", "year", "there", "into", "people", "only", "later", "city", "used",
            "over", "these", "between", "american", "world", "years", "under", "during", "history", "part",
            "would", "both", "national", "however", "while", "where", "war", "century", "early", "made", "through",
            "use", "because", "number", "name", "about", "before", "music", "family", "around", "government",
            "group", "high", "game", "based", "until", "original", "including", "form", "called", "place", "well",
            "left", "long", "within", "major", "last", "house", "often", "end", "general", "power", "language",
            "book", "public", "being", "another", "work", "death", "few", "began", "small", "home", "each",
            "following", "main", "common", "important", "international", "different", "example", "three", "four", "five", "seven", "nine", "law", "art", "life", "land", "day", "party",
            "order", "great", "today", "area", "age", "act", "air", "line", "play", "man", "men", "women",
            "information", "development", "university", "political", "population", "english", "european",
            "theory", "member", "modern", "present", "written", "became", "church", "film", "team", "point",
            "could", "may", "even", "than", "what", "how", "upon", "among", "against", "without");

    private FillerWords() {}

    /**
     * The first words of the built-in list.
     *
     * @param count how many
     * @return the words
     * @throws IllegalArgumentException when the list holds fewer
     */
    public static List<String> builtIn(int count) {
        if (count > BUILT_IN.size()) {
            throw new IllegalArgumentException("the built-in list holds " + BUILT_IN.size() + " filler words, not "
                    + count + ": give a corpus whose most frequent words are the fillers");
        }
        return BUILT_IN.subList(0, count);
    }

    /**
     * The most frequent words of a text that may be fillers, ties in alphabetical order.
     *
     * @param text the text
     * @param count how many
     * @return the words, most frequent first; fewer when the text has fewer
     */
    public static List<String> mostFrequent(NormalisedText text, int count) {
        NormalisedBytes bytes = text.bytes();
        WordIndex words = WordIndex.of(bytes.bytes(), bytes.length());
        return IntStream.range(0, words.distinctCount()).boxed()
                .sorted(Comparator.comparingLong((Integer w) -> -words.count(w)).thenComparing(words::compareWords))
                .map(words::word)
                .filter(PlantedCues::allowsFiller)
                .limit(count)
                .toList();
    }
}
