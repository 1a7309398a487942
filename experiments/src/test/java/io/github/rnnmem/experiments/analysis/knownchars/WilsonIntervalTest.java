package io.github.rnnmem.experiments.analysis.knownchars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    /** Values from the closed form computed by hand (z = 1.96). */
    @Test
    void matchesTheClosedForm() {
        WilsonInterval half = WilsonInterval.of95(5, 10);
        assertThat(half.lower()).isCloseTo(0.2366, within(1e-4));
        assertThat(half.upper()).isCloseTo(0.7634, within(1e-4));
        WilsonInterval none = WilsonInterval.of95(0, 10);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.2775, within(1e-4));
        WilsonInterval all = WilsonInterval.of95(20, 20);
        assertThat(all.lower()).isCloseTo(0.8389, within(1e-4));
        assertThat(all.upper()).isEqualTo(1.0);
    }

    @Test
    void narrowsAsTrialsGrow() {
        WilsonInterval few = WilsonInterval.of95(30, 100);
        WilsonInterval many = WilsonInterval.of95(3000, 10_000);
        assertThat(many.upper() - many.lower()).isLessThan((few.upper() - few.lower()) / 5);
        assertThat(many.lower()).isLessThan(0.3).isGreaterThan(0.29);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of95(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
