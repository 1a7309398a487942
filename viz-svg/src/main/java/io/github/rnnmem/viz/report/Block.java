package io.github.rnnmem.viz.report;

/** A piece of a report section: a paragraph, a table, a figure or an interactive view. */
sealed interface Block permits Paragraph, TableBlock, Figure, ConnectivityBlock {

    /**
     * Appends the block as HTML (well-formed XHTML: every element closed, every text escaped).
     *
     * @param out where to append
     */
    void writeHtml(StringBuilder out);

    /**
     * JavaScript the block needs, run once at the end of the page however many such blocks there
     * are (blocks of a kind return the same text).
     *
     * @return the code, empty for none
     */
    default String script() {
        return "";
    }

    /**
     * CSS the block needs, added once to the page's style sheet.
     *
     * @return the rules, empty for none
     */
    default String style() {
        return "";
    }
}
