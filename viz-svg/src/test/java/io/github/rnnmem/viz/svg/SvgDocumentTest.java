package io.github.rnnmem.viz.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.WellFormed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SvgDocumentTest {

    private static final Colour RED = Colour.parse("#F8766D");

    @Test
    void emptyDocument() {
        assertThat(new SvgDocument(100, 50.5).toXml())
                .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50.5\""
                        + " viewBox=\"0 0 100 50.5\"/>\n");
    }

    @Test
    void lineWithStrokeAndDash() {
        SvgDocument document = new SvgDocument(100, 50);
        document.add(Svg.line(0, 0, 10.5, 10.0 / 3).stroke(RED, 1.5).dash("8,8"));

        assertThat(document.toXml()).isEqualTo("""
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">
                  <line x1="0" y1="0" x2="10.5" y2="3.33" stroke="#F8766D" stroke-width="1.5" stroke-dasharray="8 8"/>
                </svg>
                """);
    }

    @Test
    void groupsIndentTheirChildrenAndTextStaysOnOneLine() {
        SvgDocument document = new SvgDocument(40, 30);
        document.add(Svg.group()
                .opacity(0.5)
                .add(Svg.polyline(new double[] {0, 10, 20}, new double[] {5, 2.5, 0}).stroke(RED, 2))
                .add(Svg.rect(1, 2, 3, 4).fill(Colour.WHITE))
                .add(Svg.circle(5, 6, 2.25).tooltip("GRU: 67.8%"))
                .add(Svg.text(20, 25, "a < b & \"c\"").anchor(TextAnchor.MIDDLE).tooltip("it's")));

        assertThat(document.toXml()).isEqualTo("""
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30">
                  <g opacity="0.5">
                    <polyline points="0,5 10,2.5 20,0" fill="none" stroke="#F8766D" stroke-width="2"/>
                    <rect x="1" y="2" width="3" height="4" fill="#FFFFFF"/>
                    <circle cx="5" cy="6" r="2.25">
                      <title>GRU: 67.8%</title>
                    </circle>
                    <text x="20" y="25" text-anchor="middle"><title>it&#39;s</title>a &lt; b &amp; &quot;c&quot;</text>
                  </g>
                </svg>
                """);
    }

    @Test
    void rotatedTextAndSolidDashAddNothingUnexpected() {
        SvgElement text = Svg.text(10, 20, "loss").rotate(-90, 10, 20).dash(null);
        SvgDocument document = new SvgDocument(30, 30).add(text);

        assertThat(document.toXml())
                .contains("<text x=\"10\" y=\"20\" transform=\"rotate(-90 10 20)\">loss</text>");
    }

    @Test
    void settingAnAttributeAgainReplacesItsValue() {
        SvgElement rect = Svg.rect(0, 0, 1, 1).fill(RED).fill(Colour.BLACK);
        assertThat(new SvgDocument(1, 1).add(rect).toXml())
                .contains("<rect x=\"0\" y=\"0\" width=\"1\" height=\"1\" fill=\"#000000\"/>");
    }

    @Test
    void hostileTextAndAttributesStayData() {
        String hostile = "</text><script>alert('x')</script>&amp;\"";
        SvgDocument document = new SvgDocument(10, 10);
        document.root().attribute("aria-label", hostile);
        document.add(Svg.text(1, 2, hostile).tooltip(hostile));

        Document dom = WellFormed.parse(document.toXml());

        assertThat(dom.getDocumentElement().getAttribute("aria-label")).isEqualTo(hostile);
        assertThat(dom.getElementsByTagName("script").getLength()).isZero();
        assertThat(dom.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(hostile);
        assertThat(dom.getElementsByTagName("text").item(0).getTextContent()).isEqualTo(hostile + hostile);
    }

    @Test
    void rejectsBadInputWithClearMessages() {
        assertThatThrownBy(() -> new SvgDocument(0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SVG document size: expected a finite width and height > 0, got 0.0 x 10.0");
        assertThatThrownBy(() -> Svg.group().attribute("on click", "x"))
                .hasMessage("SVG name: expected letters, digits, '-', '_', '.' or ':', got \"on click\"");
        assertThatThrownBy(() -> Svg.group().opacity(1.5))
                .hasMessage("SVG opacity: expected a number in [0, 1], got 1.5");
        assertThatThrownBy(() -> Svg.polyline(new double[] {1}, new double[] {1}))
                .hasMessage("SVG polyline: expected at least 2 vertices with as many x as y, got 1 x and 1 y");
        assertThatThrownBy(() -> Svg.rect(0, 0, -1, 1))
                .hasMessage("SVG rect: expected a width and height >= 0, got -1.0 x 1.0");
        assertThatThrownBy(() -> Svg.line(0, Double.NaN, 1, 1))
                .hasMessage("SVG number: expected a finite number, got NaN");
    }

    @Test
    void writesTheSameTextToAFile(@TempDir Path directory) throws IOException {
        SvgDocument document = new SvgDocument(10, 10).add(Svg.line(0, 0, 10, 10));
        Path file = directory.resolve("figures/a.svg");

        document.write(file);

        assertThat(Files.readString(file)).isEqualTo(document.toXml());
    }
}
