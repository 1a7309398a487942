package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.Require;

/**
 * One legend entry: a short stroke (or, in a bar chart, a box) and its text.
 *
 * @param label the text
 * @param colour the colour of the stroke or box
 * @param dash dash and gap lengths such as {@code "8 8"}, or null for solid
 * @param width the stroke width in pixels, greater than 0
 */
public record LegendKey(String label, Colour colour, String dash, double width) {

    /** Checks every field; see the parameter descriptions. */
    public LegendKey {
        Require.text(label, "legend key label");
        Require.present(colour, "legend key \"" + label + "\": colour");
        dash = Require.dash(dash, "legend key \"" + label + "\": dash pattern");
        Require.positive(width, "legend key \"" + label + "\": stroke width");
    }

    /**
     * The key that stands for a series: its name, colour, dash and width.
     *
     * @param series the series
     * @return the key
     */
    public static LegendKey of(Series series) {
        return new LegendKey(series.name(), series.colour(), series.dash(), series.width());
    }
}
