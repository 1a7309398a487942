package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MonospaceTest {

    @Test
    void widthIsCharactersTimesSixTenthsOfAnEm() {
        assertThat(Monospace.width("2,000", 11)).isCloseTo(33, within(1e-9));
        assertThat(Monospace.width("10⁻³", 10)).isCloseTo(24, within(1e-9));
        assertThat(Monospace.width("😀", 10)).isCloseTo(6, within(1e-9));
        assertThat(Monospace.width("", 10)).isZero();
    }

    @Test
    void fitKeepsShortTextsAndEllipsizesLongOnes() {
        assertThat(Monospace.fit("GRU", 10, 18)).isEqualTo("GRU");
        assertThat(Monospace.fit("Nested LSTM", 10, 36)).isEqualTo("Neste…");
        assertThat(Monospace.fit("Nested LSTM", 10, 42)).isEqualTo("Nested…");
        assertThat(Monospace.fit("Nested LSTM", 10, 3)).isEqualTo("…");
    }

    @Test
    void wrapBreaksAtSpaces() {
        assertThat(Monospace.wrap("Accuracy given known characters", 10, 150, 3))
                .containsExactly("Accuracy given known", "characters");
    }

    @Test
    void wrapCutsWordsLongerThanALine() {
        assertThat(Monospace.wrap("abcdefghij xy", 10, 24, 5)).containsExactly("abcd", "efgh", "ij", "xy");
    }

    @Test
    void wrapEndsTheLastKeptLineWithAnEllipsis() {
        assertThat(Monospace.wrap("one two three four five", 10, 60, 2)).containsExactly("one two", "three fou…");
    }
}
