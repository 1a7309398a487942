package io.github.rnnmem.viz.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.chart.BandPoint;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.render.Figures;
import io.github.rnnmem.viz.scale.ScaleType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory-span and context-ablation charts carry their records' numbers, with their references. */
class GroundTruthChartsTest {

    private static final UnitTag GRU = new UnitTag("gru", "gru", Colour.parse("#F8766D"));
    private static final UnitTag LSTM = new UnitTag("lstm", "lstm", Colour.parse("#00BA38"));

    private static final MemorySpan GRU_SPAN = new MemorySpan(GRU,
            List.of(new SpanPoint(14.5, 1.0, 0.97, 1.0), new SpanPoint(24.2, 0.8, 0.72, 0.86)),
            List.of(new Point(14.5, 95), new Point(24.2, 12)), List.of(new Point(14.5, 0.1), new Point(24.2, Double.NaN)),
            20);
    private static final MemorySpan LSTM_SPAN = new MemorySpan(LSTM,
            List.of(new SpanPoint(14.5, 0.3, 0.2, 0.4)), List.of(new Point(14.5, Double.NaN)), List.of(), Double.NaN);

    @Test
    void theAccuracyPanelDrawsBandsChanceAndTheLevel() {
        LineChart chart = MemorySpanCharts.accuracy(List.of(GRU_SPAN, LSTM_SPAN), 0.125, 0.9, 0);

        assertThat(chart.series()).extracting(Series::name).containsExactly("chance (1/8)", "level 90%", "gru", "lstm");
        assertThat(chart.series().get(0).points()).containsExactly(new Point(14.5, 0.125), new Point(24.2, 0.125));
        assertThat(chart.series().get(0).dash()).isEqualTo(MemorySpanCharts.DASHED);
        assertThat(chart.series().get(2).points()).containsExactly(new Point(14.5, 1.0), new Point(24.2, 0.8));
        assertThat(chart.bands().get(0).points()).containsExactly(new BandPoint(14.5, 0.97, 1.0),
                new BandPoint(24.2, 0.72, 0.86));
        assertThat(chart.y().domain().max()).isEqualTo(1);
        assertThat(chart.title()).contains("at the space before it");
        assertThat(chart.legend().groups().get(0).keys()).extracting(LegendKey::label)
                .containsExactly("gru: span 20 chars", "lstm: span none");
        assertThat(MemorySpanCharts.accuracy(List.of(GRU_SPAN), 0.125, 0.9, 1).title()).contains("at its first letter");
    }

    @Test
    void theConnectivityPanelIsLogarithmicWithTheUntrainedDashed() {
        LineChart chart = MemorySpanCharts.connectivity(List.of(GRU_SPAN, LSTM_SPAN));

        assertThat(chart.y().type()).isEqualTo(ScaleType.LOG);
        assertThat(chart.series()).extracting(Series::name).as("the lstm has no ratio to draw")
                .containsExactly("as fillers (1)", "gru untrained", "gru");
        assertThat(chart.series().get(1).dash()).isEqualTo(MemorySpanCharts.DASHED);
        assertThat(chart.series().get(2).points()).containsExactly(new Point(14.5, 95), new Point(24.2, 12));
        assertThat(chart.legend().groups()).extracting(LegendGroup::heading).containsExactly("model", "weights");
    }

    @Test
    void theAblationPanelsGiveBothSpans() {
        ContextAblation gru = new ContextAblation(GRU, List.of(new Point(1, 1.2), new Point(16, 0.004)),
                List.of(new Point(1, 0.6), new Point(16, 0.01)), 16, 16);
        ContextAblation lstm = new ContextAblation(LSTM, List.of(new Point(1, 1.1), new Point(16, 0.2)),
                List.of(new Point(1, Double.NaN), new Point(16, Double.NaN)), Double.NaN, Double.NaN);

        LineChart loss = ContextAblationCharts.lossIncrease(List.of(gru, lstm), 0.01);
        LineChart share = ContextAblationCharts.shareBeyond(List.of(gru, lstm), 0.05);

        assertThat(loss.x().type()).isEqualTo(ScaleType.LOG);
        assertThat(loss.series()).extracting(Series::name).containsExactly("tolerance 0.01 nats", "gru", "lstm");
        assertThat(loss.series().get(0).points()).containsExactly(new Point(1, 0.01), new Point(16, 0.01));
        assertThat(loss.series().get(1).points()).isEqualTo(gru.lossIncrease());
        assertThat(loss.legend().groups().get(0).keys()).extracting(LegendKey::label)
                .containsExactly("gru: 16 chars", "lstm: none");
        assertThat(share.series()).extracting(Series::name).containsExactly("tolerated share 5%", "gru");
        assertThat(share.legend().groups().get(0).keys()).extracting(LegendKey::label)
                .containsExactly("gru: 16 chars", "lstm: none");
        assertThat(Figures.contextAblation(List.of(gru, lstm), 0.01, 0.05).toXml())
                .contains("data-name=\"gru\" data-points=\"1,1.2 16,0.004\"");
        assertThat(Figures.memorySpan(List.of(GRU_SPAN), 0.125, 0.9, 0).toXml())
                .contains("data-name=\"gru\" data-points=\"14.5,1 24.2,0.8\"");
    }

    @Test
    void recordsRefuseWhatCannotBeDrawn() {
        assertThatThrownBy(() -> new SpanPoint(10, 0.5, 0.6, 0.9))
                .hasMessage("span point at distance 10.0: expected 0 <= lower <= accuracy <= upper <= 1, got 0.6 <= 0.5"
                        + " <= 0.9");
        assertThatThrownBy(() -> new ContextAblation(GRU, List.of(new Point(0, 1)), List.of(), 1, 1))
                .hasMessage("context ablation \"gru\": expected windows above 0, got 0.0");
        assertThatThrownBy(() -> new MemorySpan(GRU, List.of(), List.of(), List.of(), 1))
                .hasMessageStartingWith("memory span \"gru\": accuracy");
    }
}
