package io.github.rnnmem.experiments.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void producesTheReferenceSplitMix64Outputs() {
        // First outputs of SplitMix64 seeded with 1234567, as published with the algorithm.
        SplitMix64 random = new SplitMix64(1234567);

        assertThat(random.nextLong()).isEqualTo(6457827717110365317L);
        assertThat(random.nextLong()).isEqualTo(3203168211198807973L);
        assertThat(random.nextLong()).isEqualTo(-8629252141511181193L /* 9817491932198370423 unsigned */);
    }

    @Test
    void drawsBoundedIntegersCoveringTheRange() {
        SplitMix64 random = new SplitMix64(7);
        int[] counts = new int[5];
        for (int i = 0; i < 5000; i++) {
            counts[random.nextInt(5)]++;
        }

        assertThat(IntStream.of(counts).boxed()).allSatisfy(count -> assertThat(count).isBetween(900, 1100));
    }

    @Test
    void permutesEveryIndexOnceAndDependsOnTheSeed() {
        int[] first = new SplitMix64(42).permutation(1000);
        int[] again = new SplitMix64(42).permutation(1000);
        int[] other = new SplitMix64(43).permutation(1000);

        int[] sorted = first.clone();
        Arrays.sort(sorted);
        assertThat(sorted).isEqualTo(identity(1000));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).isNotEqualTo(identity(1000));
    }

    @Test
    void derivesDistinctSeedsPerStream() {
        assertThat(SplitMix64.derive(5, 0)).isNotEqualTo(SplitMix64.derive(5, 1));
        assertThat(SplitMix64.derive(5, 0)).isEqualTo(SplitMix64.derive(5, 0));
    }

    private static int[] identity(int n) {
        int[] values = new int[n];
        Arrays.setAll(values, i -> i);
        return values;
    }
}
