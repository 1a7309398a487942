package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.internal.Require;
import java.util.Arrays;
import java.util.List;

/**
 * One output position {@code t} of an analysed text: the input character there, the word the model
 * should complete, its top suggestions and the connectivity row of {@code t}.
 *
 * <p>The row holds, for every input position {@code tau} of the text, the connectivity of output
 * {@code t} to input {@code tau}: the magnitude of the gradient of the target word's logit at
 * {@code t} with respect to the input character at {@code tau}. Its length is the text's length;
 * entries are finite and at least 0, and entries after {@code t} are 0 (the model cannot look
 * ahead), which {@link ConnectivityPanel} checks. Values within a row may differ by many orders of
 * magnitude.
 *
 * @param character the input character at {@code t}, one Unicode code point
 * @param target the target word at {@code t}
 * @param suggestions the top suggestions, most probable first; may be empty
 * @param connectivity the row, copied on the way in and out
 */
public record ConnectivityStep(String character, String target, List<Suggestion> suggestions, double[] connectivity) {

    /** Checks and copies every field. */
    public ConnectivityStep {
        Require.present(character, "connectivity step: character");
        if (character.codePointCount(0, character.length()) != 1) {
            throw new IllegalArgumentException(
                    "connectivity step: character: expected one character, got \"" + character + "\"");
        }
        Require.text(target, "connectivity step \"" + character + "\": target word");
        suggestions = List.copyOf(Require.present(suggestions, "connectivity step \"" + character + "\": suggestions"));
        connectivity = Require.present(connectivity, "connectivity step \"" + character + "\": connectivity row").clone();
        for (int tau = 0; tau < connectivity.length; tau++) {
            if (!(Double.isFinite(connectivity[tau]) && connectivity[tau] >= 0)) {
                throw new IllegalArgumentException("connectivity step \"" + character + "\": connectivity[" + tau
                        + "]: expected a finite number >= 0, got " + connectivity[tau]);
            }
        }
    }

    /**
     * A copy of the row.
     *
     * @return the connectivity to every input position
     */
    @Override
    public double[] connectivity() {
        return connectivity.clone();
    }

    /**
     * One entry of the row, without copying it.
     *
     * @param tau the input position
     * @return the connectivity of this output to input {@code tau}
     */
    public double connectivity(int tau) {
        return connectivity[tau];
    }

    /**
     * The row's length.
     *
     * @return the number of input positions
     */
    public int length() {
        return connectivity.length;
    }

    /**
     * The largest entry of the row.
     *
     * @return the row maximum, 0 for an all-zero row
     */
    public double maximum() {
        return Arrays.stream(connectivity).max().orElse(0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConnectivityStep step
                && character.equals(step.character)
                && target.equals(step.target)
                && suggestions.equals(step.suggestions)
                && Arrays.equals(connectivity, step.connectivity);
    }

    @Override
    public int hashCode() {
        return ((character.hashCode() * 31 + target.hashCode()) * 31 + suggestions.hashCode()) * 31
                + Arrays.hashCode(connectivity);
    }

    @Override
    public String toString() {
        return "ConnectivityStep[character=" + character + ", target=" + target + ", suggestions=" + suggestions
                + ", connectivity=" + Arrays.toString(connectivity) + "]";
    }
}
