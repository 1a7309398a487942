package io.github.rnnmem.viz.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearTicksTest {

    @Test
    void coveringWidensTheExtentToNiceMultiples() {
        LinearTicks ticks = LinearTicks.covering(0.4, 9.7, 5);

        assertThat(ticks.domain()).isEqualTo(new Domain(0, 10));
        assertThat(values(ticks)).containsExactly(0.0, 2.0, 4.0, 6.0, 8.0, 10.0);
        assertThat(labels(ticks, TickFormat.NUMBER)).containsExactly("0", "2", "4", "6", "8", "10");
    }

    @Test
    void largeNumbersGetThousandsSeparators() {
        LinearTicks ticks = LinearTicks.covering(0, 14_278, 8);

        assertThat(labels(ticks, TickFormat.NUMBER))
                .containsExactly("0", "2,000", "4,000", "6,000", "8,000", "10,000", "12,000", "14,000", "16,000");
    }

    @Test
    void decimalLabelsShareTheStepsNumberOfDecimalsWithoutBinaryNoise() {
        LinearTicks ticks = LinearTicks.covering(0.1, 0.65, 6);

        assertThat(values(ticks)).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);
        assertThat(labels(ticks, TickFormat.NUMBER)).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7");
        assertThat(labels(LinearTicks.covering(0, 1.5, 3), TickFormat.NUMBER))
                .containsExactly("0.0", "0.5", "1.0", "1.5");
    }

    @Test
    void negativeValuesAndZeroAreWrittenPlainly() {
        assertThat(labels(LinearTicks.covering(-1, 0.2, 3), TickFormat.NUMBER))
                .containsExactly("-1.0", "-0.5", "0.0", "0.5");
    }

    @Test
    void withinKeepsAFixedDomainAndTicksTheMultiplesInside() {
        assertThat(values(LinearTicks.within(new Domain(0, 21), 5))).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0);
        assertThat(values(LinearTicks.within(new Domain(0, 21), 10)))
                .containsExactly(0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 18.0, 20.0);
        assertThat(LinearTicks.within(new Domain(0.05, 0.95), 4).ticks(TickFormat.NUMBER))
                .extracting(Tick::label)
                .containsExactly("0.2", "0.4", "0.6", "0.8");
    }

    @Test
    void percentagesOfAFixedUnitDomain() {
        assertThat(labels(LinearTicks.within(new Domain(0, 1), 5), TickFormat.PERCENT))
                .containsExactly("0%", "20%", "40%", "60%", "80%", "100%");
        assertThat(labels(LinearTicks.within(new Domain(0.6, 0.7), 5), TickFormat.PERCENT))
                .containsExactly("60%", "62%", "64%", "66%", "68%", "70%");
        assertThat(labels(LinearTicks.within(new Domain(0.6, 0.61), 2), TickFormat.PERCENT))
                .containsExactly("60.0%", "60.5%", "61.0%");
    }

    @Test
    void aSingleValueIsWidened() {
        assertThat(LinearTicks.covering(5, 5, 4).domain()).isEqualTo(new Domain(4.5, 5.5));
        assertThat(LinearTicks.covering(0, 0, 4).domain()).isEqualTo(new Domain(-1, 1));
    }

    @Test
    void insideUsesAGivenStep() {
        LinearTicks ticks = LinearTicks.inside(new TickStep(2, 3), new Domain(0, 14_992));

        assertThat(ticks.first()).isZero();
        assertThat(ticks.last()).isEqualTo(7);
    }

    @Test
    void rejectsBadExtents() {
        assertThatThrownBy(() -> LinearTicks.covering(2, 1, 5))
                .hasMessage("linear ticks extent: expected finite min <= max, got [2.0, 1.0]");
        assertThatThrownBy(() -> new LinearTicks(new TickStep(1, 0), 3, 2))
                .hasMessage("linear ticks: expected first <= last, got 3 > 2");
    }

    private static List<Double> values(LinearTicks ticks) {
        return ticks.ticks(TickFormat.NUMBER).stream().map(Tick::value).toList();
    }

    private static List<String> labels(LinearTicks ticks, TickFormat format) {
        return ticks.ticks(format).stream().map(Tick::label).toList();
    }
}
