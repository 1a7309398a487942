package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.Band;
import io.github.rnnmem.viz.chart.BandPoint;
import io.github.rnnmem.viz.chart.Legend;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.scale.Scale;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandLayoutTest {

    private static LineChartLayout layout(List<BandPoint> points, double yMax) {
        Series line = Series.solid("a", Colour.BLACK, List.of(new Point(0, 0.5), new Point(4, 0.5)));
        Band band = new Band("a: 95% interval", Colour.BLACK, 0.2, points);
        LineChart chart = new LineChart("Band", Axis.linear("x").withDomain(0, 4), Axis.linear("y").withDomain(0, yMax),
                List.of(line), List.of(band), Legend.perSeries(LegendPlacement.RIGHT));
        return LineChartLayout.of(chart, 720, 440);
    }

    @Test
    void aBandIsTheUpperBoundForwardThenTheLowerBoundBack() {
        LineChartLayout layout = layout(List.of(new BandPoint(0, 0.4, 0.6), new BandPoint(2, 0.3, 0.7),
                new BandPoint(4, 0.45, 0.55)), 1);
        Scale x = layout.x().scale();
        Scale y = layout.y().scale();

        assertThat(layout.bands()).hasSize(1);
        assertThat(layout.bands().get(0).polygons()).containsExactly(List.of(
                new Pixel(x.map(0), y.map(0.6)), new Pixel(x.map(2), y.map(0.7)), new Pixel(x.map(4), y.map(0.55)),
                new Pixel(x.map(4), y.map(0.45)), new Pixel(x.map(2), y.map(0.3)), new Pixel(x.map(0), y.map(0.4))));
        assertThat(layout.bands().get(0).data()).hasSize(3);
    }

    @Test
    void aGapSplitsTheBandAndALonePointHasNoArea() {
        LineChartLayout layout = layout(List.of(new BandPoint(0, 0.4, 0.6), new BandPoint(1, 0.4, 0.6),
                new BandPoint(2, Double.NaN, Double.NaN), new BandPoint(3, 0.4, 0.6), new BandPoint(4, Double.NaN,
                        Double.NaN)), 1);

        assertThat(layout.bands().get(0).polygons()).hasSize(1);
        assertThat(layout.bands().get(0).polygons().get(0)).hasSize(4);
    }

    @Test
    void aBandBeyondTheDomainIsCutAtThePlotArea() {
        LineChartLayout layout = layout(List.of(new BandPoint(0, 0.2, 0.9), new BandPoint(4, 0.2, 0.9)), 0.5);
        List<Pixel> polygon = layout.bands().get(0).polygons().get(0);

        assertThat(polygon).hasSize(4);
        assertThat(polygon.stream().mapToDouble(Pixel::y).min().orElseThrow())
                .isCloseTo(layout.plot().y(), within(1e-9));
        assertThat(polygon.stream().mapToDouble(Pixel::y).max().orElseThrow())
                .isCloseTo(layout.y().scale().map(0.2), within(1e-9));
    }
}
