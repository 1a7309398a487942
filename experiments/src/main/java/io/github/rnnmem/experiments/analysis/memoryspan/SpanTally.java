package io.github.rnnmem.experiments.analysis.memoryspan;

import io.github.rnnmem.experiments.analysis.knownchars.Accuracy;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.AtKnown;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Bucket;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts pairs into distance buckets {@code [b w, (b + 1) w)} of width {@code w}, and finds the
 * memory span.
 *
 * <p>Per bucket and number of known characters {@code k} (0 and 1): the top-1 and top-k accuracy
 * of the answer with 95% Wilson intervals, the mean probability of the right answer among the
 * answers, and the median of the cue's relative connectivity. The span, with level {@code L}: the
 * upper end of the last bucket of the longest run of buckets, from the shortest distance on, whose
 * top-1 accuracy at the chosen {@code k} is at least {@code L}, among the buckets with enough pairs;
 * its lower and upper ends ask the same of the intervals' lower and upper ends.
 */
final class SpanTally {

    /** The known characters measured: the space before the answer, and its first letter. */
    static final int KNOWN = 2;

    private final int width;
    private final int topK;
    private final TreeMap<Integer, Cell> buckets = new TreeMap<>();

    SpanTally(int width, int topK) {
        this.width = width;
        this.topK = topK;
    }

    /**
     * Counts one pair.
     *
     * @param distance its distance in characters
     * @param ranks the answer's rank among the word classes at 0 and at 1 known characters
     * @param answerProbability the right answer's probability among the answers at 0 and 1
     * @param cueConnectivity the cue's relative connectivity, or empty
     */
    void add(int distance, int[] ranks, double[] answerProbability, OptionalDouble cueConnectivity) {
        Cell cell = buckets.computeIfAbsent(distance / width, b -> new Cell());
        cell.pairs++;
        cell.distances += distance;
        for (int k = 0; k < KNOWN; k++) {
            cell.top1[k] += ranks[k] == 0 ? 1 : 0;
            cell.topK[k] += ranks[k] < topK ? 1 : 0;
            cell.probability[k] += answerProbability[k];
        }
        cueConnectivity.ifPresent(cell.ratios::add);
    }

    /**
     * The buckets that hold pairs, by increasing distance.
     *
     * @return the buckets
     */
    List<Bucket> buckets() {
        List<Bucket> result = new ArrayList<>();
        buckets.forEach((b, cell) -> {
            List<AtKnown> atKnown = new ArrayList<>();
            for (int k = 0; k < KNOWN; k++) {
                atKnown.add(new AtKnown(k, Accuracy.of(cell.top1[k], cell.pairs), Accuracy.of(cell.topK[k], cell.pairs),
                        cell.probability[k] / cell.pairs));
            }
            result.add(new Bucket(b * width, (b + 1) * width, cell.pairs, (double) cell.distances / cell.pairs, atKnown,
                    median(cell.ratios), cell.ratios.size()));
        });
        return result;
    }

    /**
     * The memory span of buckets.
     *
     * @param buckets the buckets, by increasing distance
     * @param level the top-1 accuracy asked for
     * @param knownCharacters the known characters it is asked at
     * @param minPairs the fewest pairs of a bucket that counts
     * @return the span and its interval
     */
    static Span span(List<Bucket> buckets, double level, int knownCharacters, int minPairs) {
        List<Bucket> counted = buckets.stream().filter(bucket -> bucket.pairs() >= minPairs).toList();
        return new Span(level, knownCharacters, minPairs, reach(counted, level, knownCharacters, Accuracy::value),
                reach(counted, level, knownCharacters, Accuracy::lower),
                reach(counted, level, knownCharacters, Accuracy::upper));
    }

    private static OptionalInt reach(List<Bucket> buckets, double level, int knownCharacters,
            Function<Accuracy, Double> measure) {
        OptionalInt reached = OptionalInt.empty();
        for (Bucket bucket : buckets) {
            if (measure.apply(bucket.atKnown().get(knownCharacters).top1()) < level) {
                break;
            }
            reached = OptionalInt.of(bucket.to());
        }
        return reached;
    }

    private static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }

    /** One bucket's counts. */
    private static final class Cell {
        private long pairs;
        private long distances;
        private final long[] top1 = new long[KNOWN];
        private final long[] topK = new long[KNOWN];
        private final double[] probability = new double[KNOWN];
        private final List<Double> ratios = new ArrayList<>();
    }
}
