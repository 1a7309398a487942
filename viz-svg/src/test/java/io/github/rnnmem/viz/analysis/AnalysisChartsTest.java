package io.github.rnnmem.viz.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.chart.Band;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.scale.ScaleType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisChartsTest {

    @Test
    void knownCharsDrawsColourPerUnitAndDashPerTopK() {
        LineChart chart = KnownCharsChart.of(SampleAnalyses.knownChars(), SampleAnalyses.baseline(), List.of());

        // Baseline first (under), then the units; three curves each.
        assertThat(chart.series()).extracting(Series::name).containsExactly(
                "prefix-frequency baseline top-1", "prefix-frequency baseline top-2", "prefix-frequency baseline top-3",
                "gru top-1", "gru top-2", "gru top-3", "lstm top-1", "lstm top-2", "lstm top-3",
                "nested-lstm top-1", "nested-lstm top-2", "nested-lstm top-3");
        assertThat(chart.series().subList(3, 6)).extracting(Series::dash).containsExactly(null, "8 8", "2 2");
        assertThat(chart.series().get(0).colour()).isEqualTo(KnownCharsChart.BASELINE);
        assertThat(chart.series().get(6).colour()).isEqualTo(Colour.parse("#00BA38"));
        assertThat(chart.x().domain().max()).isEqualTo(21);
        assertThat(chart.y().domain().max()).isEqualTo(1);
        assertThat(chart.bands()).hasSize(12).extracting(Band::name).contains("gru top-2: 95% interval");
        assertThat(chart.bands().get(3).opacity()).isEqualTo(KnownCharsChart.BAND_OPACITY);
        AccuracyPoint fourth = SampleAnalyses.knownChars().get(0).curves().get(1).points().get(4);
        assertThat(chart.bands().get(4).points().get(4).low()).isEqualTo(fourth.lower());
        assertThat(chart.series().get(4).points().get(4)).isEqualTo(new Point(4, fourth.accuracy()));
        assertThat(chart.legend().groups()).extracting(LegendGroup::heading)
                .containsExactly("model", "suggestions (band: 95% CI)");
        assertThat(chart.legend().groups().get(0).keys()).extracting(LegendKey::label)
                .containsExactly("gru", "lstm", "nested-lstm", "prefix-frequency baseline");
    }

    @Test
    void publishedCurvesAreThinnerAndLighterAndSaySo() {
        UnitTag published = new UnitTag("GRU, Madsen 2019 (published)", "gru", Colour.parse("#F8766D"));
        KnownCharsResult article = new KnownCharsResult(published, List.of(new AccuracyCurve(1,
                List.of(AccuracyPoint.published(0, 0.16498248), AccuracyPoint.published(1, 0.38312256)))));

        LineChart chart = KnownCharsChart.of(SampleAnalyses.knownChars(), null, List.of(article));

        Series line = chart.series().get(0);
        assertThat(line.name()).isEqualTo("GRU, Madsen 2019 (published) top-1");
        assertThat(line.width()).isLessThan(chart.series().get(1).width());
        assertThat(line.colour()).isEqualTo(Colour.parse("#F8766D").mix(Colour.WHITE, KnownCharsChart.PUBLISHED_TINT));
        assertThat(chart.legend().groups().get(1).heading()).isEqualTo("published, padding not excluded");
        assertThat(KnownCharsChart.dash(7)).isEqualTo("12 4");
    }

    @Test
    void knownCharsNeedsSomeCurves() {
        assertThatThrownBy(() -> KnownCharsChart.of(List.of(), null, List.of()))
                .hasMessage("known-characters chart: expected at least one model's curves, got none");
    }

    @Test
    void theMemoryProfileHasADistancePanelAndAContextPanel() {
        List<MemoryProfile> profiles = SampleAnalyses.memoryProfiles();
        LineChart distance = MemoryProfileCharts.byDistance(profiles);
        LineChart context = MemoryProfileCharts.context(profiles);

        assertThat(distance.x().type()).isEqualTo(ScaleType.LOG);
        assertThat(distance.y().type()).isEqualTo(ScaleType.LOG);
        assertThat(distance.series()).extracting(Series::name)
                .containsExactly("gru untrained", "gru", "lstm untrained", "lstm", "nested-lstm untrained", "nested-lstm");
        assertThat(distance.series().get(0).dash()).isEqualTo(MemoryProfileCharts.UNTRAINED_DASH);
        // Distance 0 is not on the log axis: the line starts at distance 1 and the legend gives it.
        assertThat(distance.series().get(1).points().get(0))
                .isEqualTo(new Point(1, profiles.get(0).shareByDistance().get(1)));
        assertThat(distance.series().get(1).points()).hasSize(199);
        assertThat(distance.legend().groups().get(0).keys()).extracting(LegendKey::label)
                .containsExactly("gru: 20.0% (untrained 60.0%)", "lstm: 30.0% (untrained 60.0%)",
                        "nested-lstm: 40.0% (untrained 60.0%)");
        assertThat(context.series().get(2).points().get(0)).isEqualTo(new Point(0, 0.52));
        assertThat(context.legend().groups().get(0).keys()).extracting(LegendKey::label)
                .containsExactly("gru: 62.0%, median 2", "lstm: 57.0%, median 3", "nested-lstm: 52.0%, median 4");
        assertThat(context.x().domain().max()).isEqualTo(15);
    }
}
