package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rnnmem.viz.chart.BarCategory;
import io.github.rnnmem.viz.chart.BarChart;
import io.github.rnnmem.viz.chart.BarComponent;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.colour.Colour;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartLayoutTest {

    private static final Colour GREY = Colour.parse("#9E9E9E");
    private static final Colour BLUE = Colour.parse("#2C5F8A");
    private static final Colour ORANGE = Colour.parse("#F28E2B");

    private static BarChart parameters(LegendPlacement legend) {
        List<BarComponent> parts = List.of(
                new BarComponent("embedding", GREY), new BarComponent("recurrent", BLUE), new BarComponent("dense", ORANGE));
        return new BarChart("Parameters per model", "parameters", parts, List.of(
                new BarCategory("GRU", List.of(16_200.0, 4_323_600.0, 9_847_986.0)),
                new BarCategory("LSTM", List.of(16_200.0, 5_764_800.0, 9_847_986.0)),
                new BarCategory("Nested LSTM", List.of(0.0, 5_764_800.0, 9_847_986.0))),
                legend);
    }

    @Test
    void heightFollowsTheNumberOfBars() {
        BarChartLayout layout = BarChartLayout.of(parameters(LegendPlacement.BOTTOM), 720);

        // left: padding 16 + "Nested LSTM" (11 x 7.2) + gap 8; right: padding 16 + total "15,628,986"
        // (10 x 6.6) + gap 8; three bars of 26 with four gaps of 14.
        Rect plot = layout.plot();
        assertThat(plot.x()).isCloseTo(16 + 79.2 + 8, within(1e-9));
        assertThat(plot.right()).isCloseTo(720 - 16 - 66 - 8, within(1e-9));
        assertThat(plot.y()).isEqualTo(50);
        assertThat(plot.height()).isEqualTo(3 * 26 + 4 * 14);
        // under the bars: the axis 40, gap 18, one legend row 20, padding 16.
        assertThat(layout.height()).isEqualTo(50 + 134 + 40 + 18 + 20 + 16);
    }

    @Test
    void theValueAxisStartsAtZeroWithSeparatedLabels() {
        BarChartLayout layout = BarChartLayout.of(parameters(LegendPlacement.BOTTOM), 720);

        assertThat(layout.values().scale().domain().min()).isZero();
        assertThat(layout.values().scale().domain().max()).isCloseTo(15_628_986 * 1.05, within(1e-6));
        assertThat(layout.values().ticks()).extracting(mark -> mark.label().text())
                .containsExactly("0", "5,000,000", "10,000,000", "15,000,000");
        assertThat(layout.values().ticks().get(0).position()).isEqualTo(layout.plot().x());
    }

    @Test
    void segmentsStackLeftToRightInProportionToTheirValues() {
        BarChartLayout layout = BarChartLayout.of(parameters(LegendPlacement.BOTTOM), 720);
        BarLayout gru = layout.bars().get(0);
        double perUnit = layout.plot().width() / layout.values().scale().domain().max();

        assertThat(gru.segments()).hasSize(3);
        assertThat(gru.segments().get(0).rect().x()).isEqualTo(layout.plot().x());
        assertThat(gru.segments().get(1).rect().width()).isCloseTo(4_323_600 * perUnit, within(1e-9));
        for (int i = 1; i < 3; i++) {
            assertThat(gru.segments().get(i).rect().x())
                    .isCloseTo(gru.segments().get(i - 1).rect().right(), within(1e-9));
        }
        assertThat(gru.segments()).allSatisfy(segment -> {
            assertThat(segment.rect().y()).isEqualTo(64);
            assertThat(segment.rect().height()).isEqualTo(26);
        });
        assertThat(layout.bars().get(1).segments().get(0).rect().y()).isEqualTo(64 + 40);
    }

    @Test
    void valuesAreWrittenInsideWhenTheyFitAndAlwaysInTheTooltip() {
        BarLayout gru = BarChartLayout.of(parameters(LegendPlacement.BOTTOM), 720).bars().get(0);

        assertThat(gru.segments()).extracting(segment -> segment.label().text()).containsExactly("", "4,323,600",
                "9,847,986");
        assertThat(gru.segments()).extracting(BarSegment::tooltip).containsExactly(
                "GRU · embedding: 16,200 (0.1142%)", "GRU · recurrent: 4,323,600 (30.47%)",
                "GRU · dense: 9,847,986 (69.41%)");
        assertThat(gru.segments()).extracting(BarSegment::labelColour)
                .containsExactly(Colour.BLACK, Colour.WHITE, Colour.BLACK);
        assertThat(gru.total().text()).isEqualTo("14,187,786");
        assertThat(gru.total().x()).isCloseTo(gru.segments().get(2).rect().right() + 4, within(1e-9));
        assertThat(gru.category().text()).isEqualTo("GRU");
        assertThat(gru.category().bounds().right()).isCloseTo(16 + 79.2, within(1e-9));
    }

    @Test
    void zeroValuesDrawNoSegment() {
        BarLayout nested = BarChartLayout.of(parameters(LegendPlacement.BOTTOM), 720).bars().get(2);

        assertThat(nested.segments()).extracting(BarSegment::colour).containsExactly(BLUE, ORANGE);
        assertThat(nested.total().text()).isEqualTo("15,612,786");
    }

    @Test
    void theLegendShowsComponentsAsBoxesOutsideTheBars() {
        for (LegendPlacement placement : LegendPlacement.values()) {
            BarChartLayout layout = BarChartLayout.of(parameters(placement), 720);

            assertThat(layout.legend().items()).extracting(item -> item.label().text())
                    .containsExactly("embedding", "recurrent", "dense");
            assertThat(layout.legend().items()).allSatisfy(item -> assertThat(item.shape()).isEqualTo(SwatchShape.BOX));
            assertThat(layout.legend().bounds().overlaps(layout.plot())).isFalse();
            for (BarLayout bar : layout.bars()) {
                assertThat(bar.total().bounds().overlaps(layout.legend().bounds())).isFalse();
            }
            assertThat(layout.legend().bounds().right()).isLessThanOrEqualTo(720 - 16);
        }
    }

    @Test
    void tooNarrowAFigureIsRejectedWithAHint() {
        assertThatThrownBy(() -> BarChartLayout.of(parameters(LegendPlacement.RIGHT), 400))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bar chart \"Parameters per model\": a figure 400 pixels wide leaves the bars")
                .hasMessageEndingWith(
                        "make the figure wider, shorten the category names or put the legend at the bottom");
    }
}
