package io.github.rnnmem.experiments.analysis.scores;

/**
 * The scores at a list of positions, in the list's order.
 *
 * @param logProbability the log-probability of each position's target class, in the softmax over
 *     all output classes
 * @param rank how many word classes have a larger logit than the target's: 0 when the target is
 *     the top suggestion ({@code <pad>} and {@code <unknown>} never count)
 * @param top the word class with the largest logit
 * @param classLogProbability per position, the log-probability of each chosen class, in the
 *     order they were chosen
 */
public record PositionScores(float[] logProbability, int[] rank, int[] top, float[][] classLogProbability) {

    /**
     * How many positions were scored.
     *
     * @return the count
     */
    public int size() {
        return logProbability.length;
    }
}
