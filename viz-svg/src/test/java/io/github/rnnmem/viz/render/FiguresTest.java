package io.github.rnnmem.viz.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.chart.BarCategory;
import io.github.rnnmem.viz.chart.BarChart;
import io.github.rnnmem.viz.chart.BarComponent;
import io.github.rnnmem.viz.chart.Legend;
import io.github.rnnmem.viz.chart.LegendGroup;
import io.github.rnnmem.viz.chart.LegendKey;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.chart.Series;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.WellFormed;
import io.github.rnnmem.viz.layout.LineChartLayout;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FiguresTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'quoted' ]]>";

    @Test
    void everySampleFigureIsWellFormedSvgOfItsSize() {
        List<SvgDocument> figures = List.of(
                Figures.lineChart(SampleFigures.training()),
                Figures.lineChart(SampleFigures.knownChars()),
                Figures.lineChart(SampleFigures.memoryProfile()),
                Figures.barChart(SampleFigures.parameters()));

        for (SvgDocument figure : figures) {
            Element root = WellFormed.parse(figure.toXml()).getDocumentElement();

            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getAttribute("width")).isEqualTo("720");
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 " + root.getAttribute("height"));
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("font-family")).contains("monospace");
        }
    }

    @Test
    void aLineChartDrawsEveryPieceGridLineAndLegendKey() {
        LineChart chart = SampleFigures.memoryProfile();
        LineChartLayout layout = LineChartLayout.of(chart, Figures.WIDTH, Figures.HEIGHT);
        Document svg = WellFormed.parse(LineChartSvg.render(layout).toXml());

        int pieces = layout.series().stream().mapToInt(series -> series.lines().size()).sum();
        int dots = layout.series().stream().mapToInt(series -> series.markers().size()).sum();
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(pieces).isEqualTo(4);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(dots);
        assertThat(group(svg, "legend").getElementsByTagName("line").getLength()).isEqualTo(3);
        int ticks = layout.x().ticks().size() + layout.y().ticks().size();
        assertThat(groups(svg, "grid").stream().mapToInt(grid -> grid.getElementsByTagName("line").getLength()).sum())
                .isEqualTo(ticks);
    }

    @Test
    void seriesKeepTheirColourDashAndName() {
        Document svg = WellFormed.parse(Figures.lineChart(SampleFigures.knownChars()).toXml());
        List<Element> series = children(group(svg, "series"));

        assertThat(series).hasSize(9);
        assertThat(series.get(1).getAttribute("stroke")).isEqualTo("#F8766D");
        assertThat(series.get(1).getAttribute("stroke-dasharray")).isEqualTo("8 8");
        assertThat(series.get(3).getAttribute("stroke")).isEqualTo("#00BA38");
        assertThat(series.get(3).hasAttribute("stroke-dasharray")).isFalse();
        assertThat(series.get(8).getAttribute("stroke-dasharray")).isEqualTo("2 2");
        assertThat(series.get(8).getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Nested LSTM top-3");
    }

    @Test
    void hostileTextInALineChartStaysText() {
        Series series = Series.solid(HOSTILE, Colour.BLACK, List.of(new Point(0, 1), new Point(1, 2)));
        LineChart chart = new LineChart(HOSTILE, Axis.linear(HOSTILE), Axis.linear("y & <z>"), List.of(series),
                Legend.grouped(LegendPlacement.BOTTOM, List.of(
                        new LegendGroup("<b>", List.of(new LegendKey(HOSTILE, Colour.BLACK, null, 2))))));

        Document svg = WellFormed.parse(Figures.lineChart(chart).toXml());

        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(HOSTILE);
        assertThat(texts(svg)).contains(HOSTILE, "y & <z>", "<b>");
        assertThat(titles(svg)).contains(HOSTILE);
    }

    @Test
    void hostileTextInABarChartStaysText() {
        BarChart chart = new BarChart(HOSTILE, "&amp;", List.of(new BarComponent("\"dense\"", Colour.BLACK)),
                List.of(new BarCategory("<GRU>", List.of(1.0))), LegendPlacement.RIGHT);

        Document svg = WellFormed.parse(Figures.barChart(chart).toXml());

        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(texts(svg)).contains("<GRU>", "&amp;", "\"dense\"");
        assertThat(titles(svg)).contains("<GRU> · \"dense\": 1 (100%)");
    }

    @Test
    void aBarChartDrawsOneRectanglePerNonZeroSegment() {
        Document svg = WellFormed.parse(Figures.barChart(SampleFigures.parameters()).toXml());

        assertThat(group(svg, "bars").getElementsByTagName("rect").getLength()).isEqualTo(9);
        assertThat(texts(svg)).contains("GRU", "Nested LSTM", "4,323,600", "14,187,786", "15,628,986", "parameters");
    }

    private static Element group(Document svg, String cssClass) {
        return groups(svg, cssClass).get(0);
    }

    private static List<Element> groups(Document svg, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < parent.getChildNodes().getLength(); i++) {
            if (parent.getChildNodes().item(i) instanceof Element element) {
                found.add(element);
            }
        }
        return found;
    }

    /** Text elements' own text, without their tooltips. */
    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            NodeList titles = text.getElementsByTagName("title");
            String tooltip = titles.getLength() > 0 ? titles.item(0).getTextContent() : "";
            found.add(text.getTextContent().substring(tooltip.length()));
        }
        return found;
    }

    private static List<String> titles(Document svg) {
        NodeList nodes = svg.getElementsByTagName("title");
        return Stream.iterate(0, i -> i < nodes.getLength(), i -> i + 1)
                .map(i -> nodes.item(i).getTextContent())
                .toList();
    }
}
