package io.github.rnnmem.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.colour.Colour;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final List<BarComponent> PARTS = List.of(
            new BarComponent("embedding", Colour.parse("#9E9E9E")), new BarComponent("dense", Colour.parse("#F28E2B")));

    @Test
    void totalsAddTheComponents() {
        assertThat(new BarCategory("GRU", List.of(16_200.0, 9_847_986.0)).total()).isEqualTo(9_864_186);
    }

    @Test
    void everyCategoryNeedsOneValuePerComponent() {
        List<BarCategory> categories = List.of(new BarCategory("GRU", List.of(1.0, 2.0, 3.0)));

        assertThatThrownBy(() -> new BarChart("Parameters", "parameters", PARTS, categories, LegendPlacement.BOTTOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bar chart \"Parameters\": category \"GRU\": expected 2 values (one per component), got 3");
    }

    @Test
    void valuesMustBeFiniteAndNotNegative() {
        assertThatThrownBy(() -> new BarCategory("LSTM", List.of(1.0, -2.0)))
                .hasMessage("bar category \"LSTM\": value 2: expected a finite number >= 0, got -2.0");
        assertThatThrownBy(() -> new BarCategory("LSTM", List.of(Double.NaN)))
                .hasMessage("bar category \"LSTM\": value 1: expected a finite number >= 0, got NaN");
    }

    @Test
    void emptyOrAllZeroChartsAreRejected() {
        assertThatThrownBy(() -> new BarChart("Parameters", "parameters", PARTS, List.of(), LegendPlacement.BOTTOM))
                .hasMessage("bar chart \"Parameters\": categories: expected at least one, got none");
        List<BarCategory> zeros = List.of(new BarCategory("GRU", List.of(0.0, 0.0)));
        assertThatThrownBy(() -> new BarChart("Parameters", "parameters", PARTS, zeros, LegendPlacement.BOTTOM))
                .hasMessage("bar chart \"Parameters\": expected at least one value above 0, got only zeros");
    }
}
