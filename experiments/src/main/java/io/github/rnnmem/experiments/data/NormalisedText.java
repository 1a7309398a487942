package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.data.internal.NormalisedBytes;
import io.github.rnnmem.experiments.data.internal.Text8Normaliser;
import java.nio.charset.StandardCharsets;

/**
 * A corpus in text8 form: words of {@code a-z} separated by single spaces, no leading or trailing
 * space, held as one byte per character.
 */
public final class NormalisedText {

    private final NormalisedBytes text;

    NormalisedText(NormalisedBytes text) {
        this.text = text;
    }

    /**
     * Normalises a text the text8 way: WikiExtractor {@code <doc ...>} and {@code </doc>} lines
     * dropped, {@code A-Z} lowercased, each digit spelled out as a word ({@code 7} becomes {@code
     * " seven "}), every other character (accented letters too) a separator, runs of separators one
     * space, none at the ends. Text already in text8 form is returned unchanged.
     *
     * @param raw any text
     * @return the text in text8 form
     */
    public static String normalise(String raw) {
        return Text8Normaliser.normalise(raw);
    }

    /**
     * How many characters the text has.
     *
     * @return the length
     */
    public int length() {
        return text.length();
    }

    /**
     * The whole text.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return new String(text.bytes(), 0, text.length(), StandardCharsets.US_ASCII);
    }

    NormalisedBytes bytes() {
        return text;
    }
}
