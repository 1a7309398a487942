package io.github.rnnmem.viz.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.colour.Colour;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisRecordsTest {

    private static final UnitTag GRU = new UnitTag("gru", "gru", Colour.parse("#F8766D"));

    @Test
    void aRowIsCopiedInAndOut() {
        double[] row = {1, 0};
        ConnectivityStep step = new ConnectivityStep("a", "ab", List.of(), row);
        row[0] = 5;
        step.connectivity()[0] = 7;

        assertThat(step.connectivity(0)).isEqualTo(1);
        assertThat(step).isEqualTo(new ConnectivityStep("a", "ab", List.of(), new double[] {1, 0}));
        assertThat(step.maximum()).isEqualTo(1);
    }

    @Test
    void aPanelRefusesConnectivityToLaterInput() {
        ConnectivityStep first = new ConnectivityStep("a", "ab", List.of(), new double[] {1, 0.5});
        ConnectivityStep second = new ConnectivityStep("b", "ab", List.of(), new double[] {1, 2});

        assertThatThrownBy(() -> new ConnectivityPanel(GRU, List.of(first, second)))
                .hasMessage("connectivity panel \"gru\": position 0: connectivity[1]: expected 0 after the position (a"
                        + " prediction cannot depend on later input), got 0.5");
        assertThatThrownBy(() -> new ConnectivityPanel(GRU, List.of(second)))
                .hasMessage("connectivity panel \"gru\": position 0: expected a connectivity row of 1 entries (one per"
                        + " character of the text), got 2");
        assertThatThrownBy(() -> new ConnectivityStep("ab", "ab", List.of(), new double[] {1}))
                .hasMessage("connectivity step: character: expected one character, got \"ab\"");
        assertThatThrownBy(() -> new ConnectivityStep("a", "ab", List.of(), new double[] {-1}))
                .hasMessage("connectivity step \"a\": connectivity[0]: expected a finite number >= 0, got -1.0");
    }

    @Test
    void suggestionsWriteOneDecimalAsTheArticle() {
        assertThat(new Suggestion("learning", 0.574999988079071).text()).isEqualTo("learning 57.5%");
        assertThat(new Suggestion("legal", 0.07599999755620956).percent()).isEqualTo("7.6%");
        assertThatThrownBy(() -> new Suggestion("x", 1.5))
                .hasMessage("suggestion \"x\": probability: expected a number in [0, 1], got 1.5");
    }

    @Test
    void accuracyPointsKeepTheirIntervalAroundTheAccuracy() {
        assertThat(new AccuracyPoint(3, 0.5, 100, 0.4, 0.6).hasInterval()).isTrue();
        assertThat(AccuracyPoint.published(3, 0.5).positions()).isEqualTo(AccuracyPoint.UNKNOWN);
        assertThatThrownBy(() -> new AccuracyPoint(3, 0.5, 100, 0.55, 0.6))
                .hasMessage("accuracy at 3 known characters: expected 0 <= lower <= accuracy <= upper <= 1, got 0.55 <= 0.5"
                        + " <= 0.6");
        assertThatThrownBy(() -> new AccuracyPoint(3, 0.5, 0, Double.NaN, Double.NaN))
                .hasMessage("accuracy at 3 known characters: expected NaN accuracy for 0 positions, got 0.5");
        assertThatThrownBy(() -> new AccuracyCurve(1, List.of(AccuracyPoint.published(1, 0.5))))
                .hasMessage("top-1 accuracy curve: point 0: expected 0 known characters, got 1");
        AccuracyCurve second = new AccuracyCurve(2, List.of(AccuracyPoint.published(0, 0.5)));
        assertThatThrownBy(() -> new KnownCharsResult(GRU, List.of(second)))
                .hasMessage("known-characters result \"gru\": curve 1: expected top-1, got top-2");
    }

    @Test
    void memoryProfilesHoldShares() {
        MemoryProfile profile = new MemoryProfile(GRU, List.of(0.4, 0.6), List.of(), List.of(0.62, 0.3), 1);

        assertThat(profile.contextShareAtZero()).isEqualTo(0.62);
        assertThatThrownBy(() -> new MemoryProfile(GRU, List.of(0.4, 1.6), List.of(), List.of(0.62), 1))
                .hasMessage("memory profile \"gru\": share by distance[1]: expected a share in [0, 1] or NaN, got 1.6");
        assertThatThrownBy(() -> new MemoryProfile(GRU, List.of(0.4, 0.6), List.of(1.0), List.of(0.62), 1))
                .hasMessage("memory profile \"gru\": untrained share by distance: expected 2 values (as the trained ones)"
                        + " or none, got 1");
    }
}
