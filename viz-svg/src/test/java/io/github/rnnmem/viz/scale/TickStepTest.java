package io.github.rnnmem.viz.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickStepTest {

    @ParameterizedTest
    @CsvSource({
        "10,     5, 2",
        "9.7,    5, 2",
        "14278,  8, 2000",
        "14278,  6, 5000",
        "21,    10, 5",
        "21,    11, 2",
        "1,      5, 0.2",
        "0.003,  4, 0.001",
        "100,    1, 100",
        "101,    1, 200"
    })
    void choosesTheSmallestOneTwoFiveStepWithinTheIntervalLimit(double span, int maxIntervals, double expected) {
        assertThat(TickStep.covering(span, maxIntervals).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 0", "5, 3, 0", "2, -1, 1", "5, -2, 2", "1, -3, 3"})
    void decimalsFollowTheExponent(int mantissa, int exponent, int decimals) {
        assertThat(new TickStep(mantissa, exponent).decimals()).isEqualTo(decimals);
    }

    @Test
    void finerStepsWalkDownTheOneTwoFiveSequence() {
        assertThat(new TickStep(1, 0).finer()).isEqualTo(new TickStep(5, -1));
        assertThat(new TickStep(5, -1).finer()).isEqualTo(new TickStep(2, -1));
        assertThat(new TickStep(2, -1).finer()).isEqualTo(new TickStep(1, -1));
    }

    @Test
    void multiplesAreExactDecimals() {
        TickStep step = new TickStep(1, -1);
        assertThat(step.multiple(3)).isEqualTo(0.3);
        assertThat(new TickStep(2, -2).multiple(7)).isEqualTo(0.14);
        assertThat(new TickStep(5, 3).multiple(-2)).isEqualTo(-10_000);
    }

    @Test
    void rejectsOtherMantissasAndEmptySpans() {
        assertThatThrownBy(() -> new TickStep(3, 0)).hasMessage("tick step mantissa: expected 1, 2 or 5, got 3");
        assertThatThrownBy(() -> TickStep.covering(0, 5))
                .hasMessage("tick step: expected a finite span > 0 and at least 1 interval, got span 0.0 and 5 intervals");
    }
}
