package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.internal.Require;
import io.github.rnnmem.viz.internal.Xml;
import io.github.rnnmem.viz.svg.SvgDocument;

/**
 * An inline SVG figure in a report, with a caption under it.
 *
 * @param svg the SVG text, as {@link SvgDocument#toXml()} gives it
 * @param caption the caption, or an empty text for none
 */
record Figure(String svg, String caption) implements Block {

    /** Checks the caption. */
    Figure {
        Require.present(caption, "figure caption (use \"\" for none)");
    }

    /**
     * A figure of an SVG document as it is now.
     *
     * @param document the document
     * @param caption the caption, or an empty text for none
     * @return the figure
     */
    static Figure of(SvgDocument document, String caption) {
        return new Figure(document.toXml(), caption);
    }

    @Override
    public void writeHtml(StringBuilder out) {
        out.append("<figure>\n").append(svg);
        if (!caption.isEmpty()) {
            out.append("<figcaption>").append(Xml.escape(caption)).append("</figcaption>\n");
        }
        out.append("</figure>\n");
    }
}
