package io.github.rnnmem.experiments.analysis.memoryspan;

/**
 * A planted pair found in a test sequence: the cue word and, further on in the same sequence, its
 * answer.
 *
 * @param inputs the sequence's input ids
 * @param cueStart the position of the cue's first letter
 * @param cueEnd the position of the cue's last letter
 * @param answerSpace the position of the space before the answer: 0 known characters of it
 * @param answerClass the answer's output class
 */
record CuePair(int[] inputs, int cueStart, int cueEnd, int answerSpace, int answerClass) {

    /**
     * The distance from the cue to its answer: from the cue's last letter to the space before the
     * answer, in characters.
     *
     * @return {@code answerSpace - cueEnd}
     */
    int distance() {
        return answerSpace - cueEnd;
    }
}
