package io.github.rnnmem.viz.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleTest {

    @Test
    void linearMapsEndsAndMiddle() {
        Scale scale = ScaleType.LINEAR.scale(new Domain(0, 21), 60, 480);

        assertThat(scale.map(0)).isEqualTo(60);
        assertThat(scale.map(21)).isEqualTo(480);
        assertThat(scale.map(10.5)).isEqualTo(270);
        assertThat(scale.map(-21)).isEqualTo(-360);
    }

    @Test
    void aBackwardRangeTurnsAYAxisUpsideDown() {
        Scale scale = new LinearScale(new Domain(0, 1), 400, 100);

        assertThat(scale.map(0)).isEqualTo(400);
        assertThat(scale.map(0.25)).isEqualTo(325);
        assertThat(scale.map(1)).isEqualTo(100);
    }

    @Test
    void logMapsDecadesEvenly() {
        Scale scale = ScaleType.LOG.scale(new Domain(1e-6, 1), 300, 0);

        assertThat(scale.map(1e-6)).isEqualTo(300);
        assertThat(scale.map(1e-3)).isCloseTo(150, within(1e-9));
        assertThat(scale.map(1e-4)).isCloseTo(200, within(1e-9));
        assertThat(scale.map(1)).isCloseTo(0, within(1e-9));
    }

    @Test
    void typesSayWhichValuesTheyCanPlace() {
        assertThat(ScaleType.LINEAR.accepts(-3)).isTrue();
        assertThat(ScaleType.LINEAR.accepts(Double.NaN)).isFalse();
        assertThat(ScaleType.LOG.accepts(1e-30)).isTrue();
        assertThat(ScaleType.LOG.accepts(0)).isFalse();
        assertThat(ScaleType.LOG.accepts(-1)).isFalse();
    }

    @Test
    void badDomainsAreRejected() {
        assertThatThrownBy(() -> new Domain(1, 1)).hasMessage("domain: expected finite min < max, got [1.0, 1.0]");
        assertThatThrownBy(() -> new Domain(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogScale(new Domain(0, 1), 0, 1))
                .hasMessage("log scale domain: expected min > 0, got 0.0");
    }
}
