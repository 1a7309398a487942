package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.internal.Require;
import io.github.rnnmem.viz.internal.Xml;

/**
 * A paragraph of plain text in a report.
 *
 * @param text the text, shown as written (no markup)
 */
record Paragraph(String text) implements Block {

    /** Checks the text. */
    Paragraph {
        Require.text(text, "paragraph");
    }

    @Override
    public void writeHtml(StringBuilder out) {
        out.append("<p>").append(Xml.escape(text)).append("</p>\n");
    }
}
