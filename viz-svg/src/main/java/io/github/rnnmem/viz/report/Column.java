package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.internal.Require;

/**
 * A column of a {@link Table}.
 *
 * @param heading the header cell text
 * @param numeric whether the column holds numbers: right-aligned with digits of equal width, so
 *     that places line up
 */
public record Column(String heading, boolean numeric) {

    /** Checks the heading. */
    public Column {
        Require.text(heading, "table column heading");
    }

    /**
     * A left-aligned text column.
     *
     * @param heading the header cell text
     * @return the column
     */
    public static Column text(String heading) {
        return new Column(heading, false);
    }

    /**
     * A right-aligned number column.
     *
     * @param heading the header cell text
     * @return the column
     */
    public static Column number(String heading) {
        return new Column(heading, true);
    }
}
