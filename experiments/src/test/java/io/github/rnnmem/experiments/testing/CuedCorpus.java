package io.github.rnnmem.experiments.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates text with a planted long-range dependency: each sentence opens with a <em>cue</em> word
 * and closes, after filler words, with the cue's <em>answer</em>: {@code north ... snow}, {@code
 * east ... sand}, {@code west ... salt}, {@code up ... silk}. The answers share their first letter
 * and no filler begins with it, so at the answer's first letter the model knows an answer comes,
 * and only the cue, far back, tells which.
 *
 * <p>In the training text the fillers between cue and answer take from 0 to {@code longestGap}
 * characters, so that a model meets the dependency at short range first; {@link #sentence} makes
 * sentences whose gap is at least a given length, to be analysed. The fillers are three short
 * syllables: with little to learn about them, a small GRU learns the dependency within a few
 * hundred steps.
 */
public final class CuedCorpus {

    /** The cue words, each paired with the answer of the same index. */
    public static final List<String> CUES = List.of("north", "east", "west", "up");

    /** The answers: they begin with {@code s}, which no filler does. */
    public static final List<String> ANSWERS = List.of("snow", "sand", "salt", "silk");

    private static final List<String> FILLERS = List.of("la", "di", "da");

    private CuedCorpus() {}

    /**
     * The training text.
     *
     * @param sentences how many sentences
     * @param seed the generator seed
     * @param longestGap the most characters of fillers between cue and answer
     * @return the text, in text8 form
     */
    public static String text(int sentences, long seed, int longestGap) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(sentence(random.nextInt(CUES.size()), random.nextInt(longestGap + 1), random));
        }
        return text.substring(1);
    }

    /**
     * One sentence.
     *
     * @param cue an index into {@link #CUES}
     * @param gap the fewest characters of fillers (spaces included) between cue and answer
     * @param random the generator of the fillers
     * @return {@code " <cue> <fillers...> <answer>"}
     */
    public static String sentence(int cue, int gap, Random random) {
        List<String> words = new ArrayList<>(List.of(CUES.get(cue)));
        int characters = 0;
        while (characters < gap) {
            String filler = FILLERS.get(random.nextInt(FILLERS.size()));
            words.add(filler);
            characters += filler.length() + 1;
        }
        words.add(ANSWERS.get(cue));
        return " " + String.join(" ", words);
    }
}
