package io.github.rnnmem.viz.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgNumbersTest {

    @Test
    void writesAtMostTwoDecimalsWithoutTrailingZeros() {
        assertThat(SvgNumbers.format(12.0)).isEqualTo("12");
        assertThat(SvgNumbers.format(12.5)).isEqualTo("12.5");
        assertThat(SvgNumbers.format(1.0 / 3)).isEqualTo("0.33");
        assertThat(SvgNumbers.format(2.0 / 3)).isEqualTo("0.67");
        assertThat(SvgNumbers.format(0.125)).isEqualTo("0.13");
        assertThat(SvgNumbers.format(-7.004)).isEqualTo("-7");
    }

    @Test
    void neverUsesExponentsOrNegativeZero() {
        assertThat(SvgNumbers.format(1e6)).isEqualTo("1000000");
        assertThat(SvgNumbers.format(100)).isEqualTo("100");
        assertThat(SvgNumbers.format(1e-9)).isEqualTo("0");
        assertThat(SvgNumbers.format(-0.001)).isEqualTo("0");
        assertThat(SvgNumbers.format(-0.0)).isEqualTo("0");
    }

    @Test
    void rejectsNonFiniteNumbers() {
        assertThatThrownBy(() -> SvgNumbers.format(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SVG number: expected a finite number, got NaN");
        assertThatThrownBy(() -> SvgNumbers.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
