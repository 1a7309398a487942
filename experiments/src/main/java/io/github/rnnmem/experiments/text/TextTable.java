package io.github.rnnmem.experiments.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned plain-text table: a header row, a rule, then rows. Columns are left-aligned unless
 * declared numeric, which right-aligns them.
 */
public final class TextTable {

    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Starts a table.
     *
     * @param header the column titles
     */
    public TextTable(String... header) {
        this.header = List.of(header);
        this.numeric = new boolean[header.length];
    }

    /**
     * Right-aligns some columns.
     *
     * @param columns the indices of numeric columns
     * @return this table
     */
    public TextTable numeric(int... columns) {
        for (int column : columns) {
            numeric[column] = true;
        }
        return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one value per column
     * @return this table
     */
    public TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + Arrays.toString(cells));
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    /**
     * Renders the table.
     *
     * @param indent spaces before every line
     * @return the lines, each ending with a newline
     */
    public String render(int indent) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, indent, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(text, indent, rule, widths);
        for (List<String> row : rows) {
            line(text, indent, row, widths);
        }
        return text.toString();
    }

    private void line(StringBuilder text, int indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(numeric[c] ? pad + cell : cell + (c == cells.size() - 1 ? "" : pad));
            if (c < cells.size() - 1) {
                line.append("  ");
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
