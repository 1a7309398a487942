package io.github.rnnmem.viz.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogTicksTest {

    @Test
    void coveringWidensToWholeDecades() {
        assertThat(LogTicks.covering(3e-5, 0.8)).isEqualTo(new Domain(1e-5, 1));
        assertThat(LogTicks.covering(1e-3, 1e2)).isEqualTo(new Domain(1e-3, 1e2));
        assertThat(LogTicks.covering(100, 100)).isEqualTo(new Domain(10, 1000));
        assertThat(LogTicks.covering(50, 50)).isEqualTo(new Domain(10, 100));
    }

    @Test
    void decadesAreLabelledAsPowersOfTen() {
        List<Tick> ticks = LogTicks.ticks(new Domain(1e-5, 1), 8, false);

        assertThat(ticks).extracting(Tick::value).containsExactly(1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1.0);
        assertThat(ticks).extracting(Tick::label).containsExactly("10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰");
        assertThat(ticks).allMatch(Tick::major);
    }

    @Test
    void minorTicksStandAtTwoToNineTimesEachPower() {
        List<Tick> ticks = LogTicks.ticks(new Domain(1, 100), 8, true);

        assertThat(ticks).extracting(Tick::value).containsExactly(
                1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0);
        assertThat(ticks.stream().filter(Tick::major).map(Tick::label)).containsExactly("10⁰", "10¹", "10²");
        assertThat(ticks.stream().filter(tick -> !tick.major()).map(Tick::label)).allMatch(String::isEmpty);
    }

    @Test
    void manyDecadesLabelEveryNthWithTenToTheZeroKept() {
        List<Tick> ticks = LogTicks.ticks(new Domain(1e-12, 1e1), 5, false);

        assertThat(ticks).hasSize(14).allMatch(Tick::major);
        assertThat(ticks.stream().map(Tick::label).filter(label -> !label.isEmpty()))
                .containsExactly("10⁻¹²", "10⁻⁹", "10⁻⁶", "10⁻³", "10⁰");
    }

    @Test
    void aDomainWithFewerThanTwoPowersOfTenFallsBackToPlainLabels() {
        List<Tick> ticks = LogTicks.ticks(new Domain(0.15, 0.9), 6, false);

        assertThat(ticks).extracting(Tick::label).containsExactly("0.2", "0.5");
        assertThat(LogTicks.ticks(new Domain(0.3, 0.45), 6, false)).extracting(Tick::label)
                .containsExactly("0.3", "0.4");
        assertThat(LogTicks.ticks(new Domain(0.5, 20), 6, false)).extracting(Tick::label)
                .containsExactly("10⁰", "10¹");
    }

    @Test
    void rejectsNonPositiveDomains() {
        assertThatThrownBy(() -> LogTicks.covering(0, 1))
                .hasMessage("log ticks extent: expected finite 0 < min <= max, got [0.0, 1.0]");
        assertThatThrownBy(() -> LogTicks.ticks(new Domain(-1, 1), 5, false))
                .hasMessageStartingWith("log ticks: expected a domain with min > 0");
    }
}
