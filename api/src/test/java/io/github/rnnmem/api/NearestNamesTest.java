package io.github.rnnmem.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNamesTest {

    private final List<String> units = List.of("gru", "lstm", "nested-lstm");

    @Test
    void countsInsertionsDeletionsSubstitutionsAndTranspositions() {
        assertThat(NearestNames.distance("gru", "gru")).isZero();
        assertThat(NearestNames.distance("gur", "gru")).isEqualTo(1);
        assertThat(NearestNames.distance("lstmm", "lstm")).isEqualTo(1);
        assertThat(NearestNames.distance("lsm", "lstm")).isEqualTo(1);
        assertThat(NearestNames.distance("gru", "lstm")).isEqualTo(4);
    }

    @Test
    void suggestsOnlyLikelyTypos() {
        assertThat(NearestNames.nearest("gur", units)).contains("gru");
        assertThat(NearestNames.nearest("nested-ltsm", units)).contains("nested-lstm");
        assertThat(NearestNames.nearest("NESTED-LSTM", units)).contains("nested-lstm");
        assertThat(NearestNames.nearest("transformer", units)).isEmpty();
        assertThat(NearestNames.nearest("x", List.of())).isEmpty();
    }
}
