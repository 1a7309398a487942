package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * A chart of lines over two axes, such as loss against training step, accuracy against characters
 * seen of the word, or mean connectivity against distance (log y).
 *
 * @param title the title above the chart
 * @param x the horizontal axis
 * @param y the vertical axis
 * @param series the lines, at least one, drawn in order (later ones on top)
 * @param bands translucent areas such as confidence intervals, drawn under every line in order;
 *     may be empty
 * @param legend the legend
 */
public record LineChart(String title, Axis x, Axis y, List<Series> series, List<Band> bands, Legend legend) {

    /** Checks every field; see the parameter descriptions. */
    public LineChart {
        Require.text(title, "line chart title");
        String where = "line chart \"" + title + "\"";
        Require.present(x, where + ": x axis");
        Require.present(y, where + ": y axis");
        series = Require.nonEmpty(series, where + ": series");
        bands = List.copyOf(Require.present(bands, where + ": bands (use an empty list for none)"));
        Require.present(legend, where + ": legend");
    }

    /**
     * A chart of lines only.
     *
     * @param title the title above the chart
     * @param x the horizontal axis
     * @param y the vertical axis
     * @param series the lines, at least one
     * @param legend the legend
     */
    public LineChart(String title, Axis x, Axis y, List<Series> series, Legend legend) {
        this(title, x, y, series, List.of(), legend);
    }
}
