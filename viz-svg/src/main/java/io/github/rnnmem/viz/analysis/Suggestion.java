package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.internal.Require;
import java.util.Locale;

/**
 * A word the model suggests at a position, with its predicted probability.
 *
 * @param word the word, such as {@code learning} or {@code <unknown>}
 * @param probability the softmax probability, in [0, 1]
 */
public record Suggestion(String word, double probability) {

    /** Checks every field. */
    public Suggestion {
        Require.text(word, "suggestion word");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(
                    "suggestion \"" + word + "\": probability: expected a number in [0, 1], got " + probability);
        }
    }

    /**
     * The probability as a percentage with one decimal, as the article writes it.
     *
     * @return such as {@code 57.5%}
     */
    public String percent() {
        return String.format(Locale.ROOT, "%.1f%%", 100 * probability);
    }

    /**
     * The word and its percentage.
     *
     * @return such as {@code learning 57.5%}
     */
    public String text() {
        return word + " " + percent();
    }
}
