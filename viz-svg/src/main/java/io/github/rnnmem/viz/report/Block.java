package io.github.rnnmem.viz.report;

/** A piece of a report section: a paragraph, a table or a figure. */
sealed interface Block permits Paragraph, TableBlock, Figure {

    /**
     * Appends the block as HTML (well-formed XHTML: every element closed, every text escaped).
     *
     * @param out where to append
     */
    void writeHtml(StringBuilder out);
}
