package io.github.rnnmem.viz.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.SampleAnalyses;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.WellFormed;
import io.github.rnnmem.viz.layout.ConnectivityShading;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ConnectivityViewTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String ALPHABET = ConnectivityBlock.ALPHABET;

    private static Report report(List<ConnectivityPanel> panels) {
        Report report = new Report("view");
        report.section("Connectivity")
                .connectivity(new ConnectivityView(panels, 106, ConnectivityScale.LINEAR, List.of(106, 159, 141)))
                .connectivity(new ConnectivityView(panels, 5, ConnectivityScale.LOG, List.of()));
        return report;
    }

    @Test
    void thePageIsWellFormedSelfContainedAndHasTheScriptOnce() {
        String html = report(SampleAnalyses.connectivity()).toHtml();
        Document page = WellFormed.parse(html);

        assertThat(html.replace("xmlns=\"http://www.w3.org/", "")).doesNotContain(
                "http://", "https://", "src=", "<link", "url(", "@import");
        NodeList scripts = page.getElementsByTagNameNS(XHTML, "script");
        List<String> types = new ArrayList<>();
        for (int i = 0; i < scripts.getLength(); i++) {
            types.add(((Element) scripts.item(i)).getAttribute("type"));
        }
        assertThat(types).containsExactly("application/json", "application/json", "");
        assertThat(html.split("\\.cv-panel\\{", -1)).hasSize(2);
        assertThat(page.getElementsByTagNameNS(XHTML, "button").getLength()).isEqualTo(3 + 2 + 2);
        assertThat(report(SampleAnalyses.connectivity()).toHtml()).isEqualTo(html);
    }

    @Test
    void everyCharacterIsASpanOnTheSameLinesInEveryPanel() {
        Document page = WellFormed.parse(report(SampleAnalyses.connectivity()).toHtml());
        Element view = (Element) page.getElementsByTagNameNS(XHTML, "div").item(0);
        NodeList panels = page.getElementsByTagNameNS(XHTML, "div");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < panels.getLength(); i++) {
            Element div = (Element) panels.item(i);
            if (div.getAttribute("class").equals("cv-line")) {
                lines.add(div.getTextContent());
            }
        }

        assertThat(view.getAttribute("class")).isEqualTo("cv");
        // Two views of three panels: each line of the text six times.
        assertThat(lines).hasSize(6 * 3);
        assertThat(String.join("", lines.subList(0, 3))).isEqualTo(SampleAnalyses.TEXT);
        assertThat(lines.subList(3, 6)).isEqualTo(lines.subList(0, 3));
        assertThat(lines).allMatch(line -> line.length() <= ConnectivityBlock.PER_LINE);
    }

    @Test
    void theDataCarryEveryRowAsCodesUpToItsPosition() {
        List<ConnectivityPanel> panels = SampleAnalyses.connectivity();
        ConnectivityStep step = panels.get(1).steps().get(40);
        String codes = ConnectivityBlock.codes(step, 40);

        assertThat(codes).hasSize(3 * 41);
        for (int tau = 0; tau <= 40; tau++) {
            int code = ALPHABET.indexOf(codes.charAt(3 * tau)) * 4096 + ALPHABET.indexOf(codes.charAt(3 * tau + 1)) * 64
                    + ALPHABET.indexOf(codes.charAt(3 * tau + 2));
            assertThat(code).isEqualTo(ConnectivityShading.code(step.connectivity(tau), step.maximum()));
            // Three significant digits: the ratio read back is within 0.12% of the true one.
            double ratio = step.connectivity(tau) / step.maximum();
            assertThat(Math.abs(ConnectivityShading.ratio(code) / ratio - 1)).isLessThan(0.0012);
        }
        String data = new ConnectivityBlock(new ConnectivityView(panels, 106, ConnectivityScale.LINEAR, List.of())).data();
        assertThat(data).contains("\"" + codes + "\"").contains("[\"" + step.suggestions().get(0).word() + "\",\""
                + step.suggestions().get(0).percent() + "\"]");
    }

    @Test
    void hostileTextCannotEndTheDataOrTheMarkup() {
        String hostile = "</script><script>alert(1)</script> ]]> & <!--";
        UnitTag tag = new UnitTag(hostile, "x", Colour.BLACK);
        List<ConnectivityStep> steps = List.of(
                new ConnectivityStep("<", hostile, List.of(new Suggestion(hostile, 0.5)), new double[] {1, 0}),
                new ConnectivityStep("&", hostile, List.of(), new double[] {1, 1}));
        Report small = new Report("hostile");
        small.section("s").connectivity(new ConnectivityView(List.of(new ConnectivityPanel(tag, steps)), 1,
                ConnectivityScale.LOG, List.of(0)));
        String page = small.toHtml();

        Document parsed = WellFormed.parse(page);
        assertThat(page.toLowerCase(Locale.ROOT).split("</script", -1)).hasSize(3);
        assertThat(page).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e ]]\\u003e"
                + " \\u0026 \\u003c!--");
        Element head = null;
        NodeList divs = parsed.getElementsByTagNameNS(XHTML, "div");
        for (int i = 0; i < divs.getLength(); i++) {
            if (((Element) divs.item(i)).getAttribute("class").equals("cv-head")) {
                head = (Element) divs.item(i);
            }
        }
        assertThat(head).isNotNull();
        assertThat(head.getTextContent()).isEqualTo(hostile);
    }

    @Test
    void aViewOfTheArticlesSizeStaysSmall() {
        List<UnitTag> tags = new ArrayList<>(SampleAnalyses.tags());
        for (UnitTag tag : SampleAnalyses.tags()) {
            tags.add(new UnitTag(tag.label() + ", published", tag.unit(), tag.colour()));
        }
        Report report = new Report("weight");
        report.section("Connectivity").connectivity(new ConnectivityView(
                SampleAnalyses.connectivity(SampleAnalyses.TEXT, tags), 106, ConnectivityScale.LINEAR, List.of(106)));

        int bytes = report.toHtml().getBytes(StandardCharsets.UTF_8).length;

        // 198 characters x 6 panels: rows 3 x 19,701 x 6 = 355 KB, suggestions 80 KB, character
        // spans 32 KB, targets, captions, script and style: about 0.5 MB in all.
        assertThat(bytes).isBetween(355_000, 520_000);
    }

    @Test
    void badPositionsNameThePlace() {
        List<ConnectivityPanel> panels = SampleAnalyses.connectivity();
        assertThatThrownBy(() -> new ConnectivityView(panels, 198, ConnectivityScale.LOG, List.of()))
                .hasMessage("connectivity view: selected position: expected 0 to 197 (the text has 198 characters), got 198");
        assertThatThrownBy(() -> new ConnectivityView(panels, 0, ConnectivityScale.LOG, List.of(5, -1)))
                .hasMessage("connectivity view: walkthrough position 2: expected 0 to 197 (the text has 198 characters),"
                        + " got -1");
    }
}
