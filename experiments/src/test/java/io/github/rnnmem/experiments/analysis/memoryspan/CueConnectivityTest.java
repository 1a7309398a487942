package io.github.rnnmem.experiments.analysis.memoryspan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue's share per character against the fillers' mean share at the same distances. */
class CueConnectivityTest {

    @Test
    void dividesTheCuesShareByTheReferenceAtTheSameDistances() {
        // references at t = 3 and t = 4; shares by distance d: F(0) = (0.5 + 0.4) / 2, F(1) = (0.25 + 0.2) / 2,
        // F(2) = (0.25 + 0.2) / 2, F(3) = (0 + 0.1) / 2, F(4) = 0.1 / 1
        CueConnectivity connectivity = CueConnectivity.of(List.of(new float[] {0, 1, 1, 2}, new float[] {1, 1, 2, 2, 4}),
                List.of(3, 4));
        float[] row = {1, 3, 0, 0, 6, 0};
        CuePair pair = new CuePair(new int[6], 0, 1, 4, 9);

        // the cue (tau 0, 1) holds (1 + 3) / 10 of the row; its distances 4 and 3 hold F(4) + F(3) = 0.1 + 0.05
        assertThat(connectivity.ratio(row, pair)).hasValueCloseTo(0.4 / 0.15, within(1e-6));
    }

    @Test
    void noRatioWithoutGradientOrReference() {
        CueConnectivity connectivity = CueConnectivity.of(List.of(new float[] {1, 1}), List.of(1));

        assertThat(connectivity.ratio(new float[] {0, 0, 0}, new CuePair(new int[3], 0, 0, 1, 9))).isEmpty();
        assertThat(connectivity.ratio(new float[] {1, 1, 1}, new CuePair(new int[3], 0, 0, 2, 9)))
                .as("no reference row reaches distance 2").isEmpty();
        assertThat(CueConnectivity.hasGradient(new float[] {0, Float.NaN}, 1)).isFalse();
    }
}
