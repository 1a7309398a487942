package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.text.TextTable;
import io.github.rnnmem.viz.report.Column;
import io.github.rnnmem.viz.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A table of the report, written three ways from the same cells: for the console, in Markdown
 * ({@code results.md}) and for {@code report.html}. The first {@code textColumns} columns hold text,
 * the others numbers (right-aligned).
 *
 * @param header the column headings
 * @param rows the rows, each with one cell per column
 * @param textColumns how many leading columns hold text
 */
record ReportTable(List<String> header, List<List<String>> rows, int textColumns) {

    /** Copies the lists and checks every row has one cell per column. */
    ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("expected " + header.size() + " cells, got " + row);
            }
        }
    }

    /**
     * The table for a console.
     *
     * @return aligned text
     */
    String text() {
        TextTable table = new TextTable(header.toArray(String[]::new))
                .numeric(IntStream.range(textColumns, header.size()).toArray());
        rows.forEach(row -> table.row(row.toArray()));
        return table.render(0);
    }

    /**
     * The table in Markdown.
     *
     * @return a Markdown table
     */
    String markdown() {
        StringBuilder text = new StringBuilder("| " + String.join(" | ", header) + " |\n|");
        for (int c = 0; c < header.size(); c++) {
            text.append(c < textColumns ? "---|" : "---:|");
        }
        text.append('\n');
        for (List<String> row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return text.toString();
    }

    /**
     * The table for the report page.
     *
     * @return the page's table
     */
    Table html() {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            columns.add(c < textColumns ? Column.text(header.get(c)) : Column.number(header.get(c)));
        }
        return new Table(columns, rows);
    }
}
