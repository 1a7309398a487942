package io.github.rnnmem.viz.scale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickFormatTest {

    @Test
    void numberLabelsUseFixedDecimalsAndThousandsSeparators() {
        assertThat(TickFormat.NUMBER.label(1_234_567, 0)).isEqualTo("1,234,567");
        assertThat(TickFormat.NUMBER.label(0.30000000000000004, 1)).isEqualTo("0.3");
        assertThat(TickFormat.NUMBER.label(2.5, 2)).isEqualTo("2.50");
        assertThat(TickFormat.NUMBER.label(-0.0001, 2)).isEqualTo("0.00");
        assertThat(TickFormat.NUMBER.label(-1500, 0)).isEqualTo("-1,500");
    }

    @Test
    void percentLabelsMultiplyByAHundred() {
        assertThat(TickFormat.PERCENT.label(0.25, 0)).isEqualTo("25%");
        assertThat(TickFormat.PERCENT.label(0.675, 1)).isEqualTo("67.5%");
        assertThat(TickFormat.PERCENT.decimals(new TickStep(5, -2))).isZero();
        assertThat(TickFormat.PERCENT.decimals(new TickStep(5, -3))).isEqualTo(1);
    }

    @Test
    void preciseValuesKeepFourSignificantDigits() {
        assertThat(TickFormat.NUMBER.precise(2.11703)).isEqualTo("2.117");
        assertThat(TickFormat.NUMBER.precise(0.0625)).isEqualTo("0.0625");
        assertThat(TickFormat.NUMBER.precise(21)).isEqualTo("21");
        assertThat(TickFormat.NUMBER.precise(0)).isEqualTo("0");
        assertThat(TickFormat.PERCENT.precise(0.678)).isEqualTo("67.8%");
        assertThat(TickFormat.PERCENT.precise(0.52013)).isEqualTo("52.01%");
    }

    @Test
    void preciseValuesFromAThousandAreWholeNumbers() {
        assertThat(TickFormat.NUMBER.precise(14_278)).isEqualTo("14,278");
        assertThat(TickFormat.NUMBER.precise(9_847_986)).isEqualTo("9,847,986");
        assertThat(TickFormat.NUMBER.precise(1234.56)).isEqualTo("1,235");
    }

    @Test
    void tinyPreciseValuesUseScientificNotation() {
        assertThat(TickFormat.NUMBER.precise(3.14159e-7)).isEqualTo("3.142×10⁻⁷");
        assertThat(TickFormat.NUMBER.precise(-2e-12)).isEqualTo("-2×10⁻¹²");
        assertThat(TickFormat.NUMBER.precise(0.00099999)).isEqualTo("1×10⁻³");
    }
}
