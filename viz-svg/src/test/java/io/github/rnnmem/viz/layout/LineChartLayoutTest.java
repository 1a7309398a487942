package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.Legend;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.colour.UnitPalette;
import io.github.rnnmem.viz.scale.Domain;
import io.github.rnnmem.viz.scale.TickFormat;
import io.github.rnnmem.viz.svg.TextAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LineChartLayoutTest {

    private static final Colour RED = Colour.parse("#F8766D");

    private static LineChart loss(Legend legend) {
        Series train = new Series(
                "train", RED, null, 2, List.of(new Point(0, 9.7), new Point(1000, 4), new Point(2000, 2.5)), true);
        return new LineChart("Loss", Axis.linear("step"), Axis.linear("loss"), List.of(train), legend);
    }

    @Test
    void placesThePlotAreaBetweenTitleAxesAndARightLegend() {
        LineChartLayout layout = LineChartLayout.of(loss(Legend.perSeries(LegendPlacement.RIGHT)), 720, 440);

        // top: padding 16 + one title line 16 x 1.25 + gap 14; bottom: x axis 40 + padding 16.
        // left: padding 16 + turned y title 13 + gap 8 + widest y label "10" (2 x 6.6) + 3 + tick 5.
        // right: padding 16 + legend 74 (32 swatch + 6 + "train" 5 x 7.2) + gap 23.5 (the last
        // x label, "2,000", reaches 16.5 past the plot area).
        assertThat(layout.plot()).isEqualTo(new Rect(58.2, 50, 720 - 16 - 74 - 23.5 - 58.2, 334));
        assertThat(layout.height()).isEqualTo(440);
        assertThat(layout.title()).containsExactly(
                new TextItem(16, 28, "Loss", 16, TextAnchor.START, true, false, ""));
        assertThat(layout.legend().bounds()).isEqualTo(new Rect(630, 50, 74, 20));
    }

    @Test
    void xTicksAreNiceAndSpreadOverTheDataExactly() {
        LineChartLayout layout = LineChartLayout.of(loss(Legend.perSeries(LegendPlacement.RIGHT)), 720, 440);
        AxisLayout x = layout.x();

        assertThat(x.scale().domain()).isEqualTo(new Domain(0, 2000));
        assertThat(x.ticks()).extracting(mark -> mark.label().text())
                .containsExactly("0", "200", "400", "600", "800", "1,000", "1,200", "1,400", "1,600", "1,800", "2,000");
        assertThat(x.ticks().get(0).position()).isEqualTo(layout.plot().x());
        assertThat(x.ticks().get(10).position()).isCloseTo(layout.plot().right(), within(1e-9));
        assertThat(x.ticks().get(5).position()).isCloseTo(58.2 + 548.3 / 2, within(1e-9));
        // Labels hang 5 (tick) + 3 (gap) + 0.75 x 11 (ascent) under the plot area; the title under them.
        assertThat(x.ticks().get(0).label().y()).isEqualTo(384 + 5 + 3 + 8.25);
        assertThat(x.title().text()).isEqualTo("step");
        assertThat(x.title().x()).isCloseTo(58.2 + 548.3 / 2, within(1e-9));
    }

    @Test
    void yAxisEndsAtANiceTickAboveAndFivePercentBelowTheData() {
        LineChartLayout layout = LineChartLayout.of(loss(Legend.perSeries(LegendPlacement.RIGHT)), 720, 440);
        AxisLayout y = layout.y();

        // Data 2.5..9.7: step 1; 10 is within 5% of the span (0.36) above 9.7, 2 is not below 2.5.
        assertThat(y.scale().domain().min()).isCloseTo(2.14, within(1e-12));
        assertThat(y.scale().domain().max()).isEqualTo(10);
        assertThat(y.ticks()).extracting(mark -> mark.label().text())
                .containsExactly("3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(y.ticks().get(7).position()).isEqualTo(50);
        assertThat(y.ticks().get(0).position()).isCloseTo(384 - (3 - 2.14) / 7.86 * 334, within(1e-9));
        assertThat(y.ticks().get(0).label().x()).isCloseTo(58.2 - 5 - 3, within(1e-9));
        assertThat(y.title().vertical()).isTrue();
        assertThat(y.title().y()).isEqualTo(50 + 334 / 2.0);
    }

    @Test
    void pointsMapThroughTheAxesAndMarkersCarryTheirValues() {
        LineChartLayout layout = LineChartLayout.of(loss(Legend.perSeries(LegendPlacement.RIGHT)), 720, 440);
        SeriesLayout series = layout.series().get(0);

        assertThat(series.lines()).hasSize(1);
        List<Pixel> line = series.lines().get(0);
        assertThat(line).hasSize(3);
        assertThat(line.get(1).x()).isCloseTo(58.2 + 548.3 / 2, within(1e-9));
        assertThat(line.get(1).y()).isCloseTo(layout.y().scale().map(4), within(1e-9));
        assertThat(series.markers()).extracting(Marker::tooltip)
                .containsExactly("train: step 0, loss 9.7", "train: step 1,000, loss 4", "train: step 2,000, loss 2.5");
        assertThat(series.markers()).allSatisfy(marker -> assertThat(marker.radius()).isEqualTo(3));
    }

    @Test
    void gapsBreakTheLineAndLonePointsBecomeDots() {
        double nan = Double.NaN;
        Series gappy = Series.solid("gru", RED, Point.list(
                new double[] {0, 1, 2, 3, 4, 5, 6}, new double[] {1, 2, nan, 3, 4, nan, 5}));
        LineChart chart = new LineChart("Gaps", Axis.linear("x"), Axis.linear("y"), List.of(gappy),
                Legend.perSeries(LegendPlacement.BOTTOM));

        SeriesLayout series = LineChartLayout.of(chart, 600, 400).series().get(0);

        assertThat(series.lines()).hasSize(2).allSatisfy(line -> assertThat(line).hasSize(2));
        assertThat(series.markers()).extracting(Marker::tooltip).containsExactly("gru: x 6, y 5");
    }

    @Test
    void aLogAxisLeavesOutValuesAtOrBelowZeroAsGaps() {
        Series profile = Series.solid("lstm", RED, Point.list(
                new double[] {1, 2, 3, 4, 5}, new double[] {1e-1, 0, 1e-3, 1e-4, -1}));
        LineChart chart = new LineChart("Memory", Axis.linear("distance"), Axis.log("connectivity"),
                List.of(profile), Legend.perSeries(LegendPlacement.RIGHT));

        LineChartLayout layout = LineChartLayout.of(chart, 720, 440);

        assertThat(layout.series().get(0).lines()).hasSize(1).first().asList().hasSize(2);
        assertThat(layout.series().get(0).markers()).extracting(Marker::tooltip)
                .containsExactly("lstm: distance 1, connectivity 0.1");
        assertThat(layout.y().scale().domain()).isEqualTo(new Domain(1e-4, 1e-1));
        assertThat(layout.y().ticks().stream().filter(TickMark::major).map(mark -> mark.label().text()))
                .containsExactly("10⁻⁴", "10⁻³", "10⁻²", "10⁻¹");
        assertThat(layout.y().ticks()).filteredOn(mark -> !mark.major()).hasSize(24)
                .allSatisfy(mark -> assertThat(mark.length()).isEqualTo(3));
        assertThat(layout.y().ticks()).filteredOn(TickMark::major)
                .allSatisfy(mark -> assertThat(mark.length()).isEqualTo(5));
    }

    @Test
    void aLogAxisWithNothingToShowIsRejected() {
        Series zeros = Series.solid("nlstm", RED, Point.list(new double[] {1, 2}, new double[] {0, -3}));
        LineChart chart = new LineChart("Memory", Axis.linear("distance"), Axis.log("connectivity"), List.of(zeros),
                Legend.perSeries(LegendPlacement.RIGHT));

        assertThatThrownBy(() -> LineChartLayout.of(chart, 720, 440))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line chart \"Memory\": expected at least one point that the axes can show, got none"
                        + " (a log axis cannot show values <= 0)");
    }

    @Test
    void aFixedDomainClipsLinesAtThePlotEdge() {
        Series overshoot = Series.solid("gru", RED, Point.list(new double[] {0, 10, 20}, new double[] {0.5, 1.5, 0.5}));
        LineChart chart = new LineChart("Accuracy", Axis.linear("characters").withDomain(0, 20),
                Axis.linear("accuracy").withDomain(0, 1).withFormat(TickFormat.PERCENT), List.of(overshoot),
                Legend.perSeries(LegendPlacement.BOTTOM));

        LineChartLayout layout = LineChartLayout.of(chart, 720, 440);

        List<List<Pixel>> lines = layout.series().get(0).lines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get(1).y()).isCloseTo(layout.plot().y(), within(1e-9));
        assertThat(lines.get(0).get(1).x()).isCloseTo(layout.x().scale().map(5), within(1e-9));
        assertThat(lines.get(1).get(0).x()).isCloseTo(layout.x().scale().map(15), within(1e-9));
        assertThat(layout.y().ticks()).extracting(mark -> mark.label().text())
                .containsExactly("0%", "20%", "40%", "60%", "80%", "100%");
    }

    @Test
    void legendsNeverOverlapThePlotAreaOrTheAxisLabels() {
        for (LegendPlacement placement : LegendPlacement.values()) {
            LineChartLayout layout = LineChartLayout.of(accuracy(placement), 720, 440);
            Rect legend = layout.legend().bounds();

            assertThat(legend.overlaps(layout.plot())).as("%s legend over the plot", placement).isFalse();
            assertThat(texts(layout)).allSatisfy(text ->
                    assertThat(text.bounds().overlaps(legend)).as("%s legend over %s", placement, text).isFalse());
            assertThat(legend.x()).isGreaterThanOrEqualTo(16);
            assertThat(legend.right()).isLessThanOrEqualTo(720 - 16);
            assertThat(legend.bottom()).isLessThanOrEqualTo(layout.height() - 16);
        }
    }

    @Test
    void aBottomLegendGivesEachGroupItsOwnRowsWithTheHeadingFirst() {
        LineChartLayout layout = LineChartLayout.of(accuracy(LegendPlacement.BOTTOM), 720, 440);
        LegendLayout legend = layout.legend();

        assertThat(legend.headings()).extracting(TextItem::text).containsExactly("model", "suggestions");
        assertThat(legend.headings()).allSatisfy(heading -> assertThat(heading.bold()).isTrue());
        assertThat(legend.items()).extracting(item -> item.label().text())
                .containsExactly("GRU", "LSTM", "Nested LSTM", "top-1", "top-2", "top-3");
        assertThat(legend.items()).extracting(LegendItem::dash).containsExactly(null, null, null, null, "8 8", "2 2");
        double firstRow = legend.items().get(0).label().y();
        double secondRow = legend.items().get(3).label().y();
        assertThat(secondRow - firstRow).isEqualTo(20);
        // "model" is 5 characters, "suggestions" 11: keys start after the heading and a 10 pixel gap.
        assertThat(legend.items().get(3).swatch().x() - legend.items().get(0).swatch().x())
                .isCloseTo(6 * 12 * 0.6, within(1e-9));
        assertThat(layout.height()).isEqualTo(440);
        assertThat(legend.bounds().y()).isEqualTo(layout.plot().bottom() + 40 + 18);
    }

    @Test
    void aRightLegendTallerThanThePlotMakesTheFigureTaller() {
        LineChartLayout layout = LineChartLayout.of(units(30, LegendPlacement.RIGHT), 720, 300);

        assertThat(layout.plot().height()).isEqualTo(30 * 20);
        assertThat(layout.height()).isEqualTo(layout.plot().bottom() + 40 + 16);
        assertThat(layout.legend().bounds().bottom()).isLessThanOrEqualTo(layout.height());
    }

    @Test
    void aBottomLegendOfManyRowsTakesItsHeightFromThePlotArea() {
        LineChartLayout layout = LineChartLayout.of(units(60, LegendPlacement.BOTTOM), 720, 500);

        assertThat(layout.legend().bounds().height()).isEqualTo(10 * 20);
        assertThat(layout.height()).isEqualTo(500);
        assertThat(layout.plot().height()).isEqualTo(500 - 50 - 40 - 18 - 200 - 16);
        assertThat(layout.legend().bounds().bottom()).isEqualTo(500 - 16);
    }

    private static LineChart units(int count, LegendPlacement placement) {
        List<Series> many = new ArrayList<>();
        List<Colour> colours = UnitPalette.colours(count);
        for (int i = 0; i < count; i++) {
            many.add(Series.solid("unit " + i, colours.get(i), List.of(new Point(0, i), new Point(1, i + 1))));
        }
        return new LineChart("Many", Axis.linear("x"), Axis.linear("y"), many, Legend.perSeries(placement));
    }

    @Test
    void longTextsAreWrappedOrShortenedWithTheFullTextAsTooltip() {
        String longTitle = "Accuracy given the number of known characters of the current word, for every unit, "
                + "top-1 to top-3, on the held-out test set of text8, after two epochs of training with Adam";
        String longName = "a nested LSTM unit with depth two and six hundred hidden units per layer";
        LineChart chart = new LineChart(longTitle, Axis.linear("x"), Axis.linear("y"),
                List.of(Series.solid(longName, RED, List.of(new Point(0, 0), new Point(1, 1)))),
                Legend.perSeries(LegendPlacement.RIGHT));

        LineChartLayout layout = LineChartLayout.of(chart, 720, 440);

        assertThat(layout.title()).hasSize(2);
        assertThat(layout.title().get(1).text()).endsWith("…");
        assertThat(layout.title().get(1).tooltip()).isEqualTo(longTitle);
        assertThat(layout.title()).allSatisfy(line -> assertThat(line.bounds().right()).isLessThanOrEqualTo(704));
        TextItem key = layout.legend().items().get(0).label();
        assertThat(key.text()).endsWith("…");
        assertThat(key.tooltip()).isEqualTo(longName);
        assertThat(layout.legend().bounds().width()).isLessThanOrEqualTo(720 * 0.3);
    }

    @Test
    void tooNarrowAFigureIsRejectedWithAHint() {
        assertThatThrownBy(() -> LineChartLayout.of(accuracy(LegendPlacement.RIGHT), 300, 440))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line chart \"Accuracy given known characters\": a figure 300 pixels wide leaves")
                .hasMessageEndingWith("expected at least 160: make the figure wider or put the legend at the bottom");
    }

    @Test
    void tickLabelsNeverTouch() {
        for (double width : new double[] {400, 560, 720, 1000}) {
            LineChartLayout layout = LineChartLayout.of(wideNumbers(), width, 440);
            List<TickMark> labelled = layout.x().ticks().stream()
                    .filter(mark -> !mark.label().text().isEmpty())
                    .toList();
            for (int i = 1; i < labelled.size(); i++) {
                double gap = labelled.get(i).label().bounds().x() - labelled.get(i - 1).label().bounds().right();
                assertThat(gap).as("gap before %s at width %s", labelled.get(i).label().text(), width)
                        .isGreaterThanOrEqualTo(14);
            }
            assertThat(labelled.get(labelled.size() - 1).label().bounds().right()).isLessThanOrEqualTo(width);
        }
    }

    private static LineChart wideNumbers() {
        return new LineChart("Steps", Axis.linear("step"), Axis.linear("loss"),
                List.of(Series.solid("gru", RED, List.of(new Point(0, 1), new Point(1_234_567, 2)))),
                Legend.perSeries(LegendPlacement.BOTTOM));
    }

    private static LineChart accuracy(LegendPlacement placement) {
        List<Colour> colours = UnitPalette.colours(3);
        List<String> units = List.of("GRU", "LSTM", "Nested LSTM");
        String[] dashes = {null, "8 8", "2 2"};
        List<Series> series = new ArrayList<>();
        List<LegendKey> unitKeys = new ArrayList<>();
        for (int u = 0; u < 3; u++) {
            unitKeys.add(new LegendKey(units.get(u), colours.get(u), null, 2));
            for (int k = 0; k < 3; k++) {
                double[] xs = new double[22];
                double[] ys = new double[22];
                for (int n = 0; n < 22; n++) {
                    xs[n] = n;
                    ys[n] = Math.min(1, 0.15 + 0.5 * (1 - Math.exp(-n / 2.0)) + 0.08 * k - 0.02 * u);
                }
                series.add(new Series(units.get(u) + " top-" + (k + 1), colours.get(u), dashes[k], 2,
                        Point.list(xs, ys), false));
            }
        }
        List<LegendKey> topKeys = List.of(new LegendKey("top-1", Colour.BLACK, null, 2),
                new LegendKey("top-2", Colour.BLACK, "8 8", 2), new LegendKey("top-3", Colour.BLACK, "2 2", 2));
        return new LineChart("Accuracy given known characters", Axis.linear("characters seen of the word")
                        .withDomain(0, 21), Axis.linear("accuracy").withDomain(0, 1).withFormat(TickFormat.PERCENT),
                series, Legend.grouped(placement, List.of(new LegendGroup("model", unitKeys),
                        new LegendGroup("suggestions", topKeys))));
    }

    private static List<TextItem> texts(LineChartLayout layout) {
        return Stream.of(
                        layout.title().stream(),
                        layout.x().ticks().stream().map(TickMark::label),
                        layout.y().ticks().stream().map(TickMark::label),
                        Stream.of(layout.x().title(), layout.y().title()))
                .flatMap(stream -> stream)
                .filter(text -> !text.text().isEmpty())
                .toList();
    }
}
