package io.github.rnnmem.viz.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.internal.WellFormed;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";

    private static Report sample() {
        Report report = new Report("quickstart").fact("seed", "450849059").fact("DJL", "0.36.0");
        report.section("Parameters")
                .paragraph("Counts per model.")
                .table(new Table(List.of(Column.text("model"), Column.number("recurrent")),
                        List.of(List.of("GRU", "4,323,600"), List.of("LSTM", "5,764,800"))));
        report.section("Training").figure(new SvgDocument(20, 10).add(Svg.line(0, 0, 20, 10)), "Loss by step.");
        return report;
    }

    @Test
    void thePageIsWellFormedAndSelfContained() {
        String html = sample().toHtml();
        Document page = WellFormed.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">");
        assertThat(page.getElementsByTagNameNS(XHTML, "title").item(0).getTextContent()).isEqualTo("quickstart");
        assertThat(page.getElementsByTagNameNS(XHTML, "style").getLength()).isEqualTo(1);
        assertThat(html.replace("xmlns=\"http://www.w3.org/", "")).doesNotContain(
                "http://", "https://", "src=", "<link", "url(", "@import");
    }

    @Test
    void factsAreAListOfNamesAndValuesInOrder() {
        Document page = WellFormed.parse(sample().fact("seed", "7").toHtml());

        assertThat(texts(page, "dt")).containsExactly("seed", "DJL");
        assertThat(texts(page, "dd")).containsExactly("7", "0.36.0");
    }

    @Test
    void sectionsGetHeadingsAnchorsAndATableOfContents() {
        Document page = WellFormed.parse(sample().toHtml());

        assertThat(texts(page, "h2")).containsExactly("Parameters", "Training");
        assertThat(texts(page, "a")).containsExactly("Parameters", "Training");
        Element link = (Element) page.getElementsByTagNameNS(XHTML, "a").item(1);
        Element section = (Element) page.getElementsByTagNameNS(XHTML, "section").item(1);
        assertThat(link.getAttribute("href")).isEqualTo("#" + section.getAttribute("id"));
    }

    @Test
    void aSingleSectionNeedsNoTableOfContents() {
        Report report = new Report("one");
        report.section("Only").paragraph("text");

        assertThat(report.toHtml()).doesNotContain("<nav>");
    }

    @Test
    void numericColumnsAreRightAligned() {
        String html = sample().toHtml();

        assertThat(html).contains("<thead><tr><th>model</th><th class=\"num\">recurrent</th></tr></thead>")
                .contains("<tr><td>GRU</td><td class=\"num\">4,323,600</td></tr>")
                .contains("th.num,td.num{text-align:right;");
    }

    @Test
    void figuresAreInlineSvgWithACaption() {
        Document page = WellFormed.parse(sample().toHtml());

        Element figure = (Element) page.getElementsByTagNameNS(XHTML, "figure").item(0);
        assertThat(figure.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength()).isEqualTo(1);
        assertThat(figure.getElementsByTagNameNS(XHTML, "figcaption").item(0).getTextContent())
                .isEqualTo("Loss by step.");
    }

    @Test
    void hostileTextIsEscapedEverywhere() {
        Report report = new Report(HOSTILE).fact(HOSTILE, HOSTILE);
        report.section(HOSTILE)
                .paragraph(HOSTILE)
                .table(new Table(List.of(Column.text(HOSTILE)), List.of(List.of(HOSTILE))))
                .figure(new SvgDocument(1, 1), HOSTILE);
        report.section("second");

        Document page = WellFormed.parse(report.toHtml());

        assertThat(page.getElementsByTagNameNS(XHTML, "script").getLength()).isZero();
        for (String tag : List.of("title", "h1", "dt", "dd", "h2", "p", "th", "td", "figcaption")) {
            assertThat(texts(page, tag)).as(tag).contains(HOSTILE);
        }
        assertThat(texts(page, "a")).contains(HOSTILE);
    }

    @Test
    void scriptsRunAtTheEndInsideCommentedCdata() {
        Report report = sample().script("if (1 < 2 && true) { document.title = 'ok'; }");

        String html = report.toHtml();
        Document page = WellFormed.parse(html);

        assertThat(html).contains("<script>//<![CDATA[\nif (1 < 2 && true) { document.title = 'ok'; }\n//]]></script>\n"
                + "</body>");
        assertThat(page.getElementsByTagNameNS(XHTML, "script").item(0).getTextContent())
                .contains("if (1 < 2 && true)");
    }

    @Test
    void scriptsThatWouldEndTheirElementEarlyAreRejected() {
        Report report = new Report("r");
        for (String bad : List.of("var s = '</SCRIPT>';", "a[b[0]]>1")) {
            assertThatThrownBy(() -> report.script(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("report script: expected code without \"]]>\" or \"</script\", got code containing one"
                            + " of them");
        }
    }

    @Test
    void badInputNamesThePlace() {
        assertThatThrownBy(() -> new Report(" ")).hasMessage("report title: expected a non-blank text, got \" \"");
        assertThatThrownBy(() -> new Report("r").fact("seed", null))
                .hasMessage("report fact \"seed\": expected a value, got nothing");
        assertThatThrownBy(() -> new Report("r").section("s").paragraph(""))
                .hasMessage("paragraph: expected a non-blank text, got \"\"");
        assertThatThrownBy(() -> new Table(List.of(Column.text("a"), Column.number("b")), List.of(List.of("x"))))
                .hasMessage("table row 1: expected 2 cells (one per column, none missing), got [x]");
        assertThatThrownBy(() -> new Report("r").section("s").figure(new SvgDocument(1, 1), null))
                .hasMessage("figure caption (use \"\" for none): expected a value, got nothing");
    }

    @Test
    void writesThePageAtomically(@TempDir Path directory) throws IOException {
        Report report = sample();
        Path file = directory.resolve("runs/quickstart/report.html");

        report.write(file);

        assertThat(Files.readString(file)).isEqualTo(report.toHtml());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    private static List<String> texts(Document page, String tag) {
        NodeList nodes = page.getElementsByTagNameNS(XHTML, tag);
        return IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }
}
