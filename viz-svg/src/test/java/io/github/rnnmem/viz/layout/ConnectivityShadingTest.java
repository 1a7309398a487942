package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.colour.Viridis;
import org.junit.jupiter.api.Test;

class ConnectivityShadingTest {

    @Test
    void codesAreThousandthsOfADecadeBelowTheRowMaximum() {
        assertThat(ConnectivityShading.code(26, 26)).isZero();
        assertThat(ConnectivityShading.code(0.26, 26)).isEqualTo(2000);
        assertThat(ConnectivityShading.code(2.6e-30, 26)).isEqualTo(31_000);
        assertThat(ConnectivityShading.code(0, 26)).isEqualTo(ConnectivityShading.ZERO);
        assertThat(ConnectivityShading.code(0, 0)).isEqualTo(ConnectivityShading.ZERO);
        assertThat(ConnectivityShading.code(1e-300, 1)).isEqualTo(ConnectivityShading.ZERO);
        assertThat(ConnectivityShading.ratio(2000)).isCloseTo(0.01, within(1e-15));
        assertThat(ConnectivityShading.ratio(ConnectivityShading.ZERO)).isZero();
    }

    @Test
    void theLogScaleSpansEightDecades() {
        assertThat(ConnectivityShading.level(0, ConnectivityScale.LOG)).isEqualTo(255);
        assertThat(ConnectivityShading.level(4000, ConnectivityScale.LOG)).isEqualTo(128); // 127.5 rounds up
        assertThat(ConnectivityShading.level(2000, ConnectivityScale.LOG)).isEqualTo(191); // 191.25
        assertThat(ConnectivityShading.level(8000, ConnectivityScale.LOG)).isZero();
        assertThat(ConnectivityShading.level(31_000, ConnectivityScale.LOG)).isZero();
        assertThat(ConnectivityShading.level(ConnectivityShading.ZERO, ConnectivityScale.LOG)).isZero();
    }

    @Test
    void theLinearScaleRoundsTheRatioToALevel() {
        for (int code = 0; code < 4000; code++) {
            double exact = 255 * Math.pow(10, -code / 1000.0);
            if (Math.abs(exact - Math.floor(exact) - 0.5) > 1e-6) {
                assertThat(ConnectivityShading.level(code, ConnectivityScale.LINEAR)).as("code %d", code)
                        .isEqualTo((int) Math.round(exact));
            }
        }
        assertThat(ConnectivityShading.level(301, ConnectivityScale.LINEAR)).isEqualTo(128); // ratio 0.5000
        assertThat(ConnectivityShading.level(ConnectivityShading.ZERO, ConnectivityScale.LINEAR)).isZero();
        assertThat(ConnectivityShading.linearThresholds()).hasSize(255).startsWith(2707).endsWith(0);
    }

    @Test
    void levelsRunOverTheArticlesPartOfViridis() {
        assertThat(ConnectivityShading.colour(0)).isEqualTo(Viridis.at(0.29));
        assertThat(ConnectivityShading.colour(255)).isEqualTo(Viridis.at(0.67));
        assertThat(ConnectivityShading.colour(51)).isEqualTo(Viridis.at(0.29 + 0.38 * 0.2));
        assertThat(ConnectivityShading.colours()).hasSize(256).doesNotContainNull();
    }
}
