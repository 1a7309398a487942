package io.github.rnnmem.experiments.analysis.memoryspan;

import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.PlantedCues;
import io.github.rnnmem.experiments.data.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The planted pairs of test sequences, and positions of fillers to compare them with.
 *
 * <p>Walking a sequence word by word, a cue word opens a pair and the next answer word closes it.
 * An answer with no cue before it in its sequence (the cue fell into the sequence before, when the
 * text was packed) is not a test case: it is counted as left out. In each sequence with a pair, the
 * spaces before the last {@value #REFERENCES} filler words (of the vocabulary) are reference
 * positions: their predictions depend on no cue.
 *
 * @param pairs the pairs, in sequence order
 * @param leftOut the answers whose cue is not in their sequence
 * @param references the reference positions, as {@code (inputs, t)} with the filler's class
 */
record CuePairs(List<CuePair> pairs, long leftOut, List<Reference> references) {

    /** The filler positions kept per sequence: the last ones, whose rows reach furthest back. */
    static final int REFERENCES = 4;

    /**
     * A filler position.
     *
     * @param inputs the sequence's input ids
     * @param position the space before the filler
     * @param fillerClass the filler's output class
     */
    record Reference(int[] inputs, int position, int fillerClass) {}

    /**
     * Finds the pairs.
     *
     * @param sequences the input ids of the sequences searched
     * @param cues the planted words
     * @param classOf the output class of a word, {@link Vocabulary#UNKNOWN} for one outside the vocabulary
     * @return the pairs, the count left out and the reference positions
     */
    static CuePairs find(List<int[]> sequences, PlantedCues cues, ToIntFunction<String> classOf) {
        List<CuePair> pairs = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        long leftOut = 0;
        for (int[] inputs : sequences) {
            String text = InputAlphabet.decode(inputs);
            int cueStart = -1;
            int cueEnd = -1;
            boolean paired = false;
            List<Reference> fillers = new ArrayList<>();
            for (int space = text.indexOf(' '); space >= 0; ) {
                int end = text.indexOf(' ', space + 1);
                int wordEnd = end < 0 ? text.length() : end;
                String word = text.substring(space + 1, wordEnd);
                if (cues.cues().contains(word)) {
                    cueStart = space + 1;
                    cueEnd = wordEnd - 1;
                } else if (cues.answers().contains(word)) {
                    if (cueStart >= 0) {
                        pairs.add(new CuePair(inputs, cueStart, cueEnd, space, classOf.applyAsInt(word)));
                        paired = true;
                    } else {
                        leftOut++;
                    }
                    cueStart = -1;
                } else if (PlantedCues.allowsFiller(word) && classOf.applyAsInt(word) > Vocabulary.UNKNOWN) {
                    fillers.add(new Reference(inputs, space, classOf.applyAsInt(word)));
                }
                space = end;
            }
            if (paired) {
                references.addAll(fillers.subList(Math.max(0, fillers.size() - REFERENCES), fillers.size()));
            }
        }
        return new CuePairs(pairs, leftOut, references);
    }
}
