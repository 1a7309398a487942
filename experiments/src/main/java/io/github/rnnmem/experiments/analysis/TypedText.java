package io.github.rnnmem.experiments.analysis;

import io.github.rnnmem.experiments.data.NormalisedText;
import java.util.Optional;

/**
 * A text as a user gave it and as the units read it: normalised as the corpus is (lower case,
 * digits spelled out, every other character a space, runs of spaces one space), with the leading
 * space every sequence starts with. When the given text ends with a separator (a space, a comma,
 * ...), the text keeps one trailing space: that position's target is the next word, not yet
 * written, and its suggestions are the unit's guesses for it with no character of it known.
 *
 * @param given the text as given
 * @param text the text as analysed: words of a-z, each after a single space, perhaps one space
 *     after the last
 */
public record TypedText(String given, String text) {

    /**
     * Normalises a text.
     *
     * @param given any text
     * @return the text and its normalised form
     * @throws IllegalArgumentException when no letter a-z is left once normalised
     */
    public static TypedText of(String given) {
        String words = NormalisedText.normalise(given);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("\"" + given + "\" has no letters a-z left once normalised as the corpus is"
                    + " (lower case, digits spelled out, every other character a space)");
        }
        char last = given.charAt(given.length() - 1);
        boolean open = !(last < 128 && Character.isLetterOrDigit(last));
        return new TypedText(given, " " + words + (open ? " " : ""));
    }

    /**
     * What normalising changed, beyond the leading space.
     *
     * @return such as {@code "North, the" -> " north the"}, or empty when the given text was
     *     already in the task's form
     */
    public Optional<String> change() {
        String expected = given.startsWith(" ") ? given : " " + given;
        return expected.equals(text) ? Optional.empty() : Optional.of("\"" + given + "\" -> \"" + text + "\"");
    }
}
