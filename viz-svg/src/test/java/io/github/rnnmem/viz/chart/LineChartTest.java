package io.github.rnnmem.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.scale.Domain;
import io.github.rnnmem.viz.scale.ScaleType;
import io.github.rnnmem.viz.scale.TickFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static final Series GRU = Series.solid("GRU", Colour.parse("#F8766D"), List.of(new Point(0, 1)));

    @Test
    void chartsNeedATitleAndSeries() {
        Legend legend = Legend.perSeries(LegendPlacement.RIGHT);
        assertThatThrownBy(() -> new LineChart("Loss", Axis.linear("step"), Axis.linear("loss"), List.of(), legend))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line chart \"Loss\": series: expected at least one, got none");
        assertThatThrownBy(() -> new LineChart("", Axis.linear("step"), Axis.linear("loss"), List.of(GRU), legend))
                .hasMessage("line chart title: expected a non-blank text, got \"\"");
        assertThatThrownBy(() -> new LineChart("Loss", Axis.linear("step"), null, List.of(GRU), legend))
                .hasMessage("line chart \"Loss\": y axis: expected a value, got nothing");
    }

    @Test
    void axesAreBuiltStepByStep() {
        Axis axis = Axis.linear("accuracy").withDomain(0, 1).withFormat(TickFormat.PERCENT);

        assertThat(axis).isEqualTo(new Axis("accuracy", ScaleType.LINEAR, new Domain(0, 1), TickFormat.PERCENT));
        assertThat(Axis.log("connectivity").type()).isEqualTo(ScaleType.LOG);
    }

    @Test
    void aLogAxisRejectsAFixedDomainReachingZero() {
        assertThatThrownBy(() -> Axis.log("mean connectivity").withDomain(0, 1))
                .hasMessage("axis \"mean connectivity\": expected a domain above 0 for a log axis, got [0.0, 1.0]");
    }

    @Test
    void aPerSeriesLegendHasOneKeyPerSeriesInOrder() {
        Series lstm = new Series("LSTM", Colour.parse("#00BA38"), "8 8", 1.5, List.of(new Point(0, 1)), false);

        List<LegendGroup> groups = Legend.perSeries(LegendPlacement.BOTTOM).groupsFor(List.of(GRU, lstm));

        assertThat(groups).containsExactly(new LegendGroup("", List.of(
                new LegendKey("GRU", Colour.parse("#F8766D"), null, 2),
                new LegendKey("LSTM", Colour.parse("#00BA38"), "8 8", 1.5))));
    }

    @Test
    void aGroupedLegendKeepsItsOwnKeys() {
        LegendGroup dashes = new LegendGroup("suggestions", List.of(new LegendKey("top-2", Colour.BLACK, "8 8", 2)));

        assertThat(Legend.grouped(LegendPlacement.RIGHT, List.of(dashes)).groupsFor(List.of(GRU)))
                .containsExactly(dashes);
        assertThatThrownBy(() -> Legend.grouped(LegendPlacement.RIGHT, List.of()))
                .hasMessage("grouped legend: expected at least one group, got none");
        assertThatThrownBy(() -> new LegendGroup("model", List.of()))
                .hasMessage("legend group \"model\": keys: expected at least one, got none");
    }
}
