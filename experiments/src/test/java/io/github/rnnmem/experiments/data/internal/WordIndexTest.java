package io.github.rnnmem.experiments.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordIndexTest {

    @Test
    void countsWordsInOrderOfFirstAppearance() {
        byte[] text = "the cat and the hat and the bat".getBytes(StandardCharsets.US_ASCII);

        WordIndex index = WordIndex.of(text, text.length);

        assertThat(index.occurrenceCount()).isEqualTo(8);
        assertThat(index.distinctCount()).isEqualTo(5);
        assertThat(IntStream.range(0, 5).mapToObj(index::word)).containsExactly("the", "cat", "and", "hat", "bat");
        assertThat(index.occurrences()).containsExactly(0, 1, 2, 0, 3, 2, 0, 4);
        assertThat(index.count(0)).isEqualTo(3);
        assertThat(index.count(2)).isEqualTo(2);
        assertThat(index.lengths()).containsExactly(3, 3, 3, 3, 3);
    }

    @Test
    void readsOnlyTheGivenPrefix() {
        byte[] text = "one two three".getBytes(StandardCharsets.US_ASCII);

        WordIndex index = WordIndex.of(text, 7);

        assertThat(index.occurrenceCount()).isEqualTo(2);
        assertThat(index.word(1)).isEqualTo("two");
    }

    @Test
    void agreesWithAHashMapOnManyWordsAcrossTableGrowth() {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            int length = 1 + random.nextInt(4);
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            expected.merge(word.toString(), 1, Integer::sum);
            text.append(i == 0 ? "" : " ").append(word);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);

        WordIndex index = WordIndex.of(bytes, bytes.length);

        assertThat(index.distinctCount()).isEqualTo(expected.size());
        for (int w = 0; w < index.distinctCount(); w++) {
            assertThat(index.count(w)).isEqualTo((long) expected.get(index.word(w)));
        }
    }

    @Test
    void comparesWordsAlphabetically() {
        byte[] text = "b ab a abc".getBytes(StandardCharsets.US_ASCII);
        WordIndex index = WordIndex.of(text, text.length);

        assertThat(index.compareWords(2, 1)).isNegative();
        assertThat(index.compareWords(1, 3)).isNegative();
        assertThat(index.compareWords(0, 3)).isPositive();
        assertThat(index.compareWords(0, 0)).isZero();
    }
}
