package io.github.rnnmem.viz.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.viz.analysis.AccuracyCurve;
import io.github.rnnmem.viz.analysis.AccuracyPoint;
import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.KnownCharsResult;
import io.github.rnnmem.viz.analysis.MemoryProfile;
import io.github.rnnmem.viz.analysis.SampleAnalyses;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.WellFormed;
import io.github.rnnmem.viz.layout.ConnectivityShading;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AnalysisFiguresTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static final List<Supplier<SvgDocument>> FIGURES = List.of(
            () -> Figures.connectivity(SampleAnalyses.connectivity(), 106, ConnectivityScale.LINEAR),
            () -> Figures.connectivity(SampleAnalyses.connectivity(), 0, ConnectivityScale.LOG),
            () -> Figures.knownChars(SampleAnalyses.knownChars(), SampleAnalyses.baseline(), List.of()),
            () -> Figures.memoryProfile(SampleAnalyses.memoryProfiles()));

    @Test
    void everyAnalysisFigureIsWellFormedAndTheSameForTheSameData() {
        for (Supplier<SvgDocument> figure : FIGURES) {
            String xml = figure.get().toXml();
            Element root = WellFormed.parse(xml).getDocumentElement();

            assertThat(root.getAttribute("width")).isEqualTo("720");
            assertThat(figure.get().toXml()).isEqualTo(xml);
        }
    }

    @Test
    void theConnectivityFigureCarriesTheRowItShows() {
        List<ConnectivityPanel> panels = SampleAnalyses.connectivity();
        Document svg = WellFormed.parse(Figures.connectivity(panels, 106, ConnectivityScale.LOG).toXml());
        List<Element> groups = elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals("panel")).toList();

        assertThat(svg.getDocumentElement().getAttribute("data-position")).isEqualTo("106");
        assertThat(svg.getDocumentElement().getAttribute("data-scale")).isEqualTo("log");
        assertThat(groups).hasSize(3);
        for (int p = 0; p < panels.size(); p++) {
            ConnectivityStep step = panels.get(p).steps().get(106);
            Element group = groups.get(p);
            assertThat(group.getAttribute("data-unit")).isEqualTo(panels.get(p).unit().label());
            List<Element> boxes = elements(group, "rect").stream().filter(r -> r.hasAttribute("data-position")).toList();
            assertThat(boxes).hasSize(107);
            for (Element box : boxes) {
                int tau = Integer.parseInt(box.getAttribute("data-position"));
                assertThat(Double.parseDouble(box.getAttribute("data-ratio")))
                        .isEqualTo(step.connectivity(tau) / step.maximum());
                int level = ConnectivityShading.level(ConnectivityShading.code(step.connectivity(tau), step.maximum()),
                        ConnectivityScale.LOG);
                assertThat(box.getAttribute("data-level")).isEqualTo(String.valueOf(level));
                assertThat(box.getAttribute("fill")).isEqualTo(ConnectivityShading.colour(level).hex());
            }
            List<String> suggestions = elements(group, "text").stream()
                    .filter(t -> t.getAttribute("class").equals("suggestion"))
                    .map(Element::getTextContent)
                    .toList();
            assertThat(suggestions).isEqualTo(step.suggestions().stream().map(Suggestion::text).toList());
        }
    }

    @Test
    void aTinyConnectivityPanelIsWrittenExactlySo() {
        UnitTag tag = new UnitTag("a<b>", "gru", Colour.parse("#F8766D"));
        List<ConnectivityStep> steps = List.of(
                new ConnectivityStep(" ", "x&y", List.of(new Suggestion("x&y", 0.5)), new double[] {2, 0}),
                new ConnectivityStep("<", "x&y", List.of(), new double[] {1, 4}));
        String xml = Figures.connectivity(List.of(new ConnectivityPanel(tag, steps)), 0, ConnectivityScale.LINEAR).toXml();
        String panel = xml.substring(xml.indexOf("  <g class=\"panel\""), xml.indexOf("  <g class=\"colour-bar\""));

        assertThat(panel).isEqualTo("""
                  <g class="panel" data-unit="a&lt;b&gt;">
                    <rect x="16" y="57" width="10" height="10" fill="#F8766D"/>
                    <text x="32" y="66.55" font-size="13" text-anchor="start" font-weight="bold">a&lt;b&gt;</text>
                    <g class="cells">
                      <rect x="16" y="74" width="9" height="20" fill="#37B879" data-position="0" data-ratio="1" \
                data-level="255">
                        <title>space at 0: 1 of the row maximum</title>
                      </rect>
                    </g>
                    <g class="chars" pointer-events="none">
                      <text x="29.5" y="89.25" font-size="15" text-anchor="middle" fill="#9A9A9A">&lt;</text>
                    </g>
                    <rect x="16" y="74" width="9" height="20" class="selected" fill="none" stroke="#222222" \
                stroke-width="2"/>
                    <g class="suggestions">
                      <text x="574" y="65.85" font-size="11" text-anchor="start" fill="#555555">target: x&amp;y</text>
                      <text x="574" y="87.2" font-size="12" text-anchor="start" font-weight="bold" \
                class="suggestion">x&amp;y 50.0%</text>
                    </g>
                  </g>
                """);
        WellFormed.parse(xml);
    }

    @Test
    void theKnownCharactersFigureCarriesItsCurvesAndIntervals() {
        List<KnownCharsResult> results = SampleAnalyses.knownChars();
        Document svg = WellFormed.parse(Figures.knownChars(results, SampleAnalyses.baseline(), List.of()).toXml());

        for (KnownCharsResult result : results) {
            for (AccuracyCurve curve : result.curves()) {
                String name = result.unit().label() + " top-" + curve.topK();
                List<double[]> points = numbers(named(svg, name).getAttribute("data-points"));
                List<double[]> band = numbers(named(svg, name + ": 95% interval").getAttribute("data-band"));
                assertThat(points).hasSize(curve.points().size());
                for (AccuracyPoint point : curve.points()) {
                    assertThat(points.get(point.known())).containsExactly(point.known(), point.accuracy());
                    assertThat(band.get(point.known())).containsExactly(point.known(), point.lower(), point.upper());
                }
            }
        }
        assertThat(named(svg, "gru top-2").getAttribute("stroke-dasharray")).isEqualTo("8 8");
        assertThat(named(svg, "gru top-2: 95% interval").getElementsByTagNameNS(SVG, "polygon").getLength()).isEqualTo(1);
    }

    @Test
    void theMemoryProfileFigureCarriesBothPanels() {
        List<MemoryProfile> profiles = SampleAnalyses.memoryProfiles();
        Document svg = WellFormed.parse(Figures.memoryProfile(profiles).toXml());

        assertThat(elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals("panel"))).hasSize(2);
        MemoryProfile lstm = profiles.get(1);
        List<double[]> trained = numbers(named(svg, "lstm").getAttribute("data-points"));
        assertThat(trained).hasSize(lstm.shareByDistance().size() - 1);
        for (int d = 1; d < lstm.shareByDistance().size(); d++) {
            assertThat(trained.get(d - 1)).containsExactly(d, lstm.shareByDistance().get(d));
        }
        List<double[]> untrained = numbers(named(svg, "lstm untrained").getAttribute("data-points"));
        assertThat(untrained.get(0)).containsExactly(1, lstm.untrainedShareByDistance().get(1));
        assertThat(named(svg, "lstm untrained").getAttribute("stroke-dasharray")).isEqualTo("6 4");
        List<Element> context = elements(svg, "g").stream()
                .filter(g -> g.getAttribute("data-name").equals("lstm"))
                .toList();
        assertThat(context).hasSize(2);
        List<double[]> shares = numbers(context.get(1).getAttribute("data-points"));
        for (int known = 0; known < lstm.contextShareByKnown().size(); known++) {
            assertThat(shares.get(known)).containsExactly(known, lstm.contextShareByKnown().get(known));
        }
    }

    private static Element named(Document svg, String name) {
        return elements(svg, "g").stream().filter(g -> g.getAttribute("data-name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no group named " + name));
    }

    private static List<double[]> numbers(String data) {
        List<double[]> points = new ArrayList<>();
        for (String point : data.split(" ")) {
            String[] parts = point.split(",");
            double[] values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = Double.parseDouble(parts[i]);
            }
            points.add(values);
        }
        return points;
    }

    private static List<Element> elements(Document svg, String tag) {
        return elements(svg.getDocumentElement(), tag);
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagNameNS(SVG, tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
