package io.github.rnnmem.experiments.analysis.ablation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The share of a row at distances d and more, averaged over rows; empty rows are counted apart. */
class ShareBeyondTest {

    @Test
    void averagesTheShareEachWindowLeavesOut() {
        ShareBeyond shares = new ShareBeyond(List.of(1, 2, 8));
        shares.add(new float[] {1, 1, 2, 0}, 2);
        shares.add(new float[] {3, 1}, 1);
        shares.add(new float[] {0, 0, 0}, 2);

        // row 1 (t = 2): beyond 1 is tau 0..1 = 2 / 4, beyond 2 is tau 0 = 1 / 4; row 2 (t = 1): 3 / 4 and 0
        assertThat(shares.share(0)).hasValueCloseTo((0.5 + 0.75) / 2, within(1e-12));
        assertThat(shares.share(1)).hasValueCloseTo(0.25 / 2, within(1e-12));
        assertThat(shares.share(2)).hasValue(0);
        assertThat(shares.rows()).isEqualTo(2);
        assertThat(shares.zeroRows()).isEqualTo(1);
    }

    @Test
    void noShareWithoutRows() {
        assertThat(new ShareBeyond(List.of(4)).share(0)).isEmpty();
    }
}
