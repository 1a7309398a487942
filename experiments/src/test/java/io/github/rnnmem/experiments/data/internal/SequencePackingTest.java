package io.github.rnnmem.experiments.data.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SequencePackingTest {

    @Test
    void closesASequenceWhenTheNextWordWouldExceedTheMaximum() {
        // Words of lengths 3, 4, 2, 5, 1 with max length 10: " abc dddd" = 9; " ee" would make 12.
        int[] lengths = {3, 4, 2, 5, 1};
        int[] occurrences = {0, 1, 2, 3, 4};

        SequencePacking packing = SequencePacking.pack(occurrences, lengths, 10);

        assertThat(packing.count()).isEqualTo(3);
        assertThat(packing.lengths()).containsExactly(9, 9, 2);
        assertThat(packing.firstWords()).containsExactly(0, 2, 4, 5);
        assertThat(packing.textStarts()).containsExactly(0, 9, 18);
    }

    @Test
    void fillsASequenceExactlyToTheMaximum() {
        // " ab cd" is 6 characters: a second word fits exactly.
        SequencePacking packing = SequencePacking.pack(new int[] {0, 0, 0}, new int[] {2}, 6);

        assertThat(packing.lengths()).containsExactly(6, 3);
        assertThat(packing.firstWords()).containsExactly(0, 2, 3);
    }

    @Test
    void acceptsAWordOfMaximumLengthMinusOne() {
        SequencePacking packing = SequencePacking.pack(new int[] {0, 1}, new int[] {4, 1}, 5);

        assertThat(packing.lengths()).containsExactly(5, 2);
    }

    @Test
    void refusesAWordThatCannotFit() {
        assertThatThrownBy(() -> SequencePacking.pack(new int[] {0}, new int[] {5}, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 letters");
    }

    @Test
    void packsNothingIntoNoSequence() {
        SequencePacking packing = SequencePacking.pack(new int[0], new int[0], 5);

        assertThat(packing.count()).isZero();
        assertThat(packing.firstWords()).containsExactly(0);
    }
}
