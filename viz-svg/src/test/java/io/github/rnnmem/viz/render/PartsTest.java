package io.github.rnnmem.viz.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.layout.LegendItem;
import io.github.rnnmem.viz.layout.LegendLayout;
import io.github.rnnmem.viz.layout.Rect;
import io.github.rnnmem.viz.layout.SwatchShape;
import io.github.rnnmem.viz.layout.TextItem;
import io.github.rnnmem.viz.svg.SvgDocument;
import io.github.rnnmem.viz.svg.SvgElement;
import io.github.rnnmem.viz.svg.TextAnchor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartsTest {

    private static String xml(SvgElement element) {
        String document = new SvgDocument(10, 10).add(element).toXml();
        return document.substring(document.indexOf('\n') + 1, document.lastIndexOf("</svg>"));
    }

    @Test
    void aTurnedBoldTextWithItsFullTextAsTooltip() {
        TextItem item = new TextItem(20.5, 150, "mean conn…", 13, TextAnchor.MIDDLE, true, true, "mean connectivity");

        assertThat(xml(Parts.text(item))).isEqualTo("  <text x=\"20.5\" y=\"150\" font-size=\"13\" text-anchor=\"middle\""
                + " font-weight=\"bold\" transform=\"rotate(-90 20.5 150)\"><title>mean connectivity</title>"
                + "mean conn…</text>\n");
    }

    @Test
    void aLegendWithADashedStrokeAndABox() {
        TextItem top2 = new TextItem(38, 20.2, "top-2", 12, TextAnchor.START, false, false, "");
        TextItem dense = new TextItem(18, 40.2, "dense", 12, TextAnchor.START, false, false, "");
        LegendLayout legend = new LegendLayout(new Rect(0, 0, 74, 40), List.of(), List.of(
                new LegendItem(new Rect(0, 4, 32, 12), SwatchShape.LINE, Colour.BLACK, "8 8", 2, top2),
                new LegendItem(new Rect(0, 24, 12, 12), SwatchShape.BOX, Colour.parse("#F28E2B"), null, 1, dense)));

        assertThat(xml(Parts.legend(legend))).isEqualTo("""
                  <g class="legend">
                    <line x1="0" y1="10" x2="32" y2="10" stroke="#000000" stroke-width="2" stroke-dasharray="8 8"/>
                    <text x="38" y="20.2" font-size="12" text-anchor="start">top-2</text>
                    <rect x="0" y="24" width="12" height="12" fill="#F28E2B"/>
                    <text x="18" y="40.2" font-size="12" text-anchor="start">dense</text>
                  </g>
                """);
    }
}
