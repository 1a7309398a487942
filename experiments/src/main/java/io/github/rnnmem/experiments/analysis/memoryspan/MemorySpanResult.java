package io.github.rnnmem.experiments.analysis.memoryspan;

import io.github.rnnmem.experiments.analysis.knownchars.Accuracy;
import io.github.rnnmem.experiments.data.PlantedCues;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The body of {@code memory_span.json}.
 *
 * @param cues the cue words
 * @param answers the answer each cue decides
 * @param marker the word right before every answer, if any
 * @param chance the probability of guessing the answer among all answers, {@code 1/P}
 * @param sequences the test sequences searched
 * @param testPairs the pairs counted: cue and answer in the same sequence
 * @param pairsLeftOut the answers whose cue fell into an earlier sequence, not counted
 * @param span the memory span of the trained weights
 * @param buckets the trained weights' measures in the distance buckets that hold pairs, by
 *     increasing distance
 * @param rowsWithoutGradient the trained weights' connectivity rows that are zero or not finite,
 *     left out of the ratios
 * @param untrainedSpan the memory span of the unit's initial weights
 * @param untrainedBuckets the initial weights' measures in the same buckets
 * @param untrainedRowsWithoutGradient the initial weights' rows without gradient
 */
public record MemorySpanResult(
        List<String> cues,
        List<String> answers,
        Optional<String> marker,
        double chance,
        int sequences,
        long testPairs,
        long pairsLeftOut,
        Span span,
        List<Bucket> buckets,
        long rowsWithoutGradient,
        Span untrainedSpan,
        List<Bucket> untrainedBuckets,
        long untrainedRowsWithoutGradient) {

    /**
     * The measures of one set of weights.
     *
     * @param span the memory span
     * @param buckets the distance buckets that hold pairs, by increasing distance
     * @param rowsWithoutGradient connectivity rows that are zero or not finite
     */
    record Weights(Span span, List<Bucket> buckets, long rowsWithoutGradient) {}

    /**
     * The result of trained and initial weights.
     *
     * @param planted the words of the corpus
     * @param sequences the test sequences searched
     * @param found the pairs found
     * @param trained the measures of the trained weights
     * @param untrained the measures of the initial weights
     * @return the result
     */
    static MemorySpanResult of(PlantedCues planted, int sequences, CuePairs found, Weights trained, Weights untrained) {
        return new MemorySpanResult(planted.cues(), planted.answers(), planted.marker(), planted.chance(), sequences,
                found.pairs().size(), found.leftOut(), trained.span(), trained.buckets(), trained.rowsWithoutGradient(),
                untrained.span(), untrained.buckets(), untrained.rowsWithoutGradient());
    }

    /**
     * The memory span: the upper end of the last of the buckets of at least {@code minPairs} pairs,
     * from the first on, whose top-1 accuracy at {@code knownCharacters} stays at or above {@code
     * level}; its interval takes the accuracy's 95% lower and upper ends instead.
     *
     * @param level the accuracy asked for
     * @param knownCharacters where the accuracy is measured: 0 at the space before the answer, 1 at
     *     its first letter
     * @param minPairs the fewest pairs of a bucket that counts
     * @param distance the span in characters; empty when the first bucket does not reach the level
     * @param lower the span by the lower ends of the intervals; empty when the first does not
     * @param upper the span by the upper ends of the intervals; empty when the first does not
     */
    public record Span(double level, int knownCharacters, int minPairs, OptionalInt distance, OptionalInt lower,
            OptionalInt upper) {}

    /**
     * The pairs whose distance lies in {@code [from, to)}.
     *
     * @param from the shortest distance of the bucket, in characters
     * @param to the end of the bucket, excluded
     * @param pairs how many pairs
     * @param meanDistance their mean distance
     * @param atKnown the answer's accuracy at 0 and at 1 known characters
     * @param cueConnectivity the median over the pairs of the cue's connectivity per character
     *     divided by that of fillers at the same distance; empty without rows
     * @param connectivityPairs the pairs behind the median
     */
    public record Bucket(int from, int to, long pairs, double meanDistance, List<AtKnown> atKnown,
            OptionalDouble cueConnectivity, long connectivityPairs) {}

    /**
     * The answer's scores with some of its characters known.
     *
     * @param knownCharacters 0 at the space before the answer, 1 at its first letter
     * @param top1 the share of pairs whose answer is the top suggestion
     * @param topK the share of pairs whose answer is among the top k
     * @param answerProbability the mean probability of the right answer among the answers:
     *     {@code p(right) / sum_a p(a)}, which tells how well the unit knows which answer,
     *     whether or not it knows that one comes
     */
    public record AtKnown(int knownCharacters, Accuracy top1, Accuracy topK, double answerProbability) {}
}
