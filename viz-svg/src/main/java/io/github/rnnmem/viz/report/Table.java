package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * A table of a {@link Report}: a header row and rows of already formatted cells (numbers written by
 * the caller, for example with thousands separators).
 *
 * @param columns the columns, at least one
 * @param rows the rows, each with one cell per column; may be empty
 */
public record Table(List<Column> columns, List<List<String>> rows) {

    /** Checks that every row has one cell per column. */
    public Table {
        columns = Require.nonEmpty(columns, "table columns");
        rows = List.copyOf(Require.present(rows, "table rows"));
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != columns.size() || row.stream().anyMatch(cell -> cell == null)) {
                throw new IllegalArgumentException("table row " + (i + 1) + ": expected " + columns.size()
                        + " cells (one per column, none missing), got " + row);
            }
        }
        rows = rows.stream().map(List::copyOf).toList();
    }
}
