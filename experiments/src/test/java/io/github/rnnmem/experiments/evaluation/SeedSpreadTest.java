package io.github.rnnmem.experiments.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSpreadTest {

    @Test
    void theQuantileIsStudentsTwoSided95Percent() {
        // Tables of Student's t: t(0.975, v) for v = 1, 2, 3, 4, 9, 29, 120.
        assertThat(SeedSpread.studentQuantile(1)).isCloseTo(12.7062, within(1e-4));
        assertThat(SeedSpread.studentQuantile(2)).isCloseTo(4.3027, within(1e-4));
        assertThat(SeedSpread.studentQuantile(3)).isCloseTo(3.1824, within(1e-4));
        assertThat(SeedSpread.studentQuantile(4)).isCloseTo(2.7764, within(1e-4));
        assertThat(SeedSpread.studentQuantile(9)).isCloseTo(2.2622, within(1e-4));
        assertThat(SeedSpread.studentQuantile(29)).isCloseTo(2.0452, within(1e-4));
        assertThat(SeedSpread.studentQuantile(120)).isCloseTo(1.9799, within(1e-4));
    }

    @Test
    void theCentralProbabilityOfOneDegreeIsTheCauchys() {
        // P(|T| <= 1) for v = 1 is 2 atan(1) / pi = 1/2; for v = 2 it is t / sqrt(2 + t^2).
        assertThat(SeedSpread.centralProbability(1, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(SeedSpread.centralProbability(2, 2)).isCloseTo(2 / Math.sqrt(6), within(1e-12));
    }

    @Test
    void spreadsThreeSeedsByHand() {
        SeedSpread spread = SeedSpread.of(List.of(2.0, 4.0, 6.0));
        // mean 4, sd sqrt((4 + 0 + 4) / 2) = 2, half width 4.3027 * 2 / sqrt(3) = 4.9683
        assertThat(spread.n()).isEqualTo(3);
        assertThat(spread.mean()).isEqualTo(4.0);
        assertThat(spread.sd()).isCloseTo(2.0, within(1e-12));
        assertThat(spread.lower()).isCloseTo(4 - 4.96832, within(1e-4));
        assertThat(spread.upper()).isCloseTo(4 + 4.96832, within(1e-4));
    }

    @Test
    void leavesOutSeedsWithoutAValueAndHasNoSpreadForOne() {
        SeedSpread one = SeedSpread.of(List.of(Double.NaN, 3.5));
        assertThat(one.n()).isEqualTo(1);
        assertThat(one.mean()).isEqualTo(3.5);
        assertThat(one.sd()).isNaN();
        assertThat(one.lower()).isNaN();
        assertThat(SeedSpread.of(List.of(Double.NaN)).n()).isZero();
    }
}
