package io.github.rnnmem.experiments.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Renders sequences with their targets, for a person to check. Each sequence gets a heading line,
 * its text in quotes, then one row per run of characters sharing a target, a run starting at each
 * space:
 *
 * <pre>
 * valid sequence 1 of 25,383 (corpus sequence 17; 57 characters, 9 words, 1 &lt;unknown&gt;)
 *   " the quick brown fox jumps over the lazy zyxwv"
 *     0-3    " the"    the
 *     ...
 *    40-45   " zyxwv"  &lt;unknown&gt;  (not in the vocabulary)
 * </pre>
 */
final class SampleRenderer {

    private static final String NL = System.lineSeparator();

    private SampleRenderer() {}

    /**
     * Renders the first sequences of a split.
     *
     * @param split which split
     * @param sequences its sequences
     * @param vocabulary the output vocabulary
     * @param count how many sequences, at most the split's size
     * @return the text
     */
    static String render(Split split, SequenceSet sequences, Vocabulary vocabulary, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("sample count must not be negative, got " + count);
        }
        StringBuilder text = new StringBuilder();
        int shown = Math.min(count, sequences.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(NL);
            }
            renderSequence(text, split, sequences, vocabulary, i);
        }
        return text.toString();
    }

    private static void renderSequence(StringBuilder text, Split split, SequenceSet sequences, Vocabulary vocabulary, int i) {
        int[] inputs = sequences.inputs(i);
        int[] targets = sequences.targets(i);
        List<int[]> runs = runs(inputs, targets);
        long unknown = runs.stream().filter(run -> targets[run[0]] == Vocabulary.UNKNOWN).count();
        text.append(String.format(
                        Locale.ROOT,
                        "%s sequence %,d of %,d (corpus sequence %,d; %,d characters, %,d words, %,d %s)",
                        split.label(),
                        i + 1,
                        sequences.size(),
                        sequences.position(i) + 1,
                        inputs.length,
                        runs.size(),
                        unknown,
                        Vocabulary.UNKNOWN_WORD))
                .append(NL)
                .append("  \"")
                .append(InputAlphabet.decode(inputs))
                .append('"')
                .append(NL);
        int rangeWidth = String.valueOf(inputs.length - 1).length() * 2 + 1;
        int charsWidth = runs.stream().mapToInt(run -> run[1] - run[0] + 2).max().orElse(0);
        for (int[] run : runs) {
            String range = run[0] + "-" + (run[1] - 1);
            String chars = "\"" + InputAlphabet.decode(Arrays.copyOfRange(inputs, run[0], run[1])) + "\"";
            int target = targets[run[0]];
            String word = vocabulary.word(target)
                    + (target == Vocabulary.UNKNOWN ? "  (not in the vocabulary)" : "");
            text.append(String.format(
                            Locale.ROOT, "  %" + rangeWidth + "s  %-" + charsWidth + "s  %s", range, chars, word))
                    .append(NL);
        }
    }

    /** Runs {@code [start, end)} of characters with one target; a space always starts a run. */
    private static List<int[]> runs(int[] inputs, int[] targets) {
        List<int[]> runs = new ArrayList<>();
        int start = 0;
        for (int c = 1; c <= inputs.length; c++) {
            if (c == inputs.length || inputs[c] == InputAlphabet.SPACE || targets[c] != targets[c - 1]) {
                runs.add(new int[] {start, c});
                start = c;
            }
        }
        return runs;
    }
}
