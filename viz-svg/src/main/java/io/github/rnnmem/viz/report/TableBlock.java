package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.internal.Xml;
import java.util.List;

/**
 * A {@link Table} in a report section: a header row, then the rows; cells of numeric columns carry
 * the class {@code num}.
 *
 * @param table the table
 */
record TableBlock(Table table) implements Block {

    @Override
    public void writeHtml(StringBuilder out) {
        out.append("<table>\n<thead><tr>");
        for (Column column : table.columns()) {
            out.append(column.numeric() ? "<th class=\"num\">" : "<th>").append(Xml.escape(column.heading())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int j = 0; j < row.size(); j++) {
                out.append(table.columns().get(j).numeric() ? "<td class=\"num\">" : "<td>")
                        .append(Xml.escape(row.get(j)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }
}
