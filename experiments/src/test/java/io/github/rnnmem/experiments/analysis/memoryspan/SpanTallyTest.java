package io.github.rnnmem.experiments.analysis.memoryspan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rnnmem.experiments.analysis.knownchars.WilsonInterval;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Bucket;
import io.github.rnnmem.experiments.analysis.memoryspan.MemorySpanResult.Span;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Buckets count pairs by distance; the span is the end of the run of buckets at or above the level. */
class SpanTallyTest {

    @Test
    void countsPairsIntoBucketsOfDistance() {
        SpanTally tally = new SpanTally(10, 3);
        tally.add(12, new int[] {0, 0}, new double[] {0.9, 1.0}, OptionalDouble.of(4));
        tally.add(19, new int[] {2, 0}, new double[] {0.5, 0.8}, OptionalDouble.of(1));
        tally.add(15, new int[] {5, 1}, new double[] {0.1, 0.3}, OptionalDouble.of(2));
        tally.add(31, new int[] {0, 7}, new double[] {0.6, 0.2}, OptionalDouble.empty());

        List<Bucket> buckets = tally.buckets();

        assertThat(buckets).extracting(Bucket::from, Bucket::to, Bucket::pairs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, 20, 3L), org.assertj.core.groups.Tuple.tuple(30, 40, 1L));
        Bucket first = buckets.get(0);
        assertThat(first.meanDistance()).isEqualTo(46.0 / 3);
        assertThat(first.atKnown().get(0).top1().value()).isEqualTo(1.0 / 3);
        assertThat(first.atKnown().get(0).top1().lower()).isEqualTo(WilsonInterval.of95(1, 3).lower());
        assertThat(first.atKnown().get(0).topK().value()).isEqualTo(2.0 / 3);
        assertThat(first.atKnown().get(1).top1().value()).isEqualTo(2.0 / 3);
        assertThat(first.atKnown().get(1).topK().value()).isEqualTo(1.0);
        assertThat(first.atKnown().get(0).answerProbability()).isCloseTo(0.5, within(1e-12));
        assertThat(first.atKnown().get(1).answerProbability()).isCloseTo(0.7, within(1e-12));
        assertThat(first.cueConnectivity()).hasValue(2);
        assertThat(first.connectivityPairs()).isEqualTo(3);
        assertThat(buckets.get(1).cueConnectivity()).isEmpty();
        assertThat(buckets.get(1).connectivityPairs()).isZero();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        SpanTally tally = new SpanTally(100, 1);
        for (double ratio : new double[] {8, 1, 3, 100}) {
            tally.add(5, new int[] {0, 0}, new double[] {1, 1}, OptionalDouble.of(ratio));
        }
        assertThat(tally.buckets().get(0).cueConnectivity()).hasValue(5.5);
    }

    @Test
    void theSpanEndsAtTheFirstBucketBelowTheLevel() {
        SpanTally tally = new SpanTally(10, 1);
        add(tally, 15, 100, 100);
        add(tally, 25, 95, 100);
        add(tally, 35, 88, 100);
        add(tally, 45, 100, 100);

        Span span = SpanTally.span(tally.buckets(), 0.9, 0, 1);

        assertThat(span.distance()).hasValue(30);
        assertThat(span.lower()).as("the lower end of 95 of 100 is below 0.9").hasValue(20);
        assertThat(span.upper()).as("the upper end of 88 of 100 is above 0.9").hasValue(50);
        assertThat(SpanTally.span(tally.buckets(), 0.9, 1, 1).distance()).as("at 1 known character every rank is 1").isEmpty();
    }

    @Test
    void noSpanWhenTheShortestBucketFails() {
        SpanTally tally = new SpanTally(10, 1);
        add(tally, 15, 10, 100);
        add(tally, 25, 100, 100);

        assertThat(SpanTally.span(tally.buckets(), 0.9, 0, 1).distance()).isEmpty();
    }

    @Test
    void bucketsOfTooFewPairsDoNotCount() {
        SpanTally tally = new SpanTally(10, 1);
        add(tally, 15, 100, 100);
        add(tally, 25, 1, 5);
        add(tally, 35, 95, 100);

        assertThat(SpanTally.span(tally.buckets(), 0.9, 0, 20).distance()).hasValue(40);
        assertThat(SpanTally.span(tally.buckets(), 0.9, 0, 5).distance()).hasValue(20);
    }

    /** Pairs at one distance, {@code hits} of them ranked first at 0 known characters and none at 1. */
    private static void add(SpanTally tally, int distance, int hits, int pairs) {
        for (int i = 0; i < pairs; i++) {
            tally.add(distance, new int[] {i < hits ? 0 : 1, 1}, new double[] {1, 1}, OptionalDouble.empty());
        }
    }
}
