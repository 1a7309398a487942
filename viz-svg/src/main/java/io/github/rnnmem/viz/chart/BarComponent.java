package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.Require;

/**
 * One stacked part of every bar of a {@link BarChart}, such as the recurrent parameters.
 *
 * @param name the legend text
 * @param colour the fill colour
 */
public record BarComponent(String name, Colour colour) {

    /** Checks every field. */
    public BarComponent {
        Require.text(name, "bar component name");
        Require.present(colour, "bar component \"" + name + "\": colour");
    }
}
