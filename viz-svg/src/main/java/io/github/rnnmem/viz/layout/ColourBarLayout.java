package io.github.rnnmem.viz.layout;

import java.util.List;

/**
 * A colour bar, placed: a title, a row of colour steps from darkest to brightest, tick marks and
 * their labels under it.
 *
 * @param title the title above the bar
 * @param steps the colour steps, left to right, touching
 * @param ticks the x of each tick
 * @param labels the tick labels, one per tick
 */
public record ColourBarLayout(TextItem title, List<Swatch> steps, List<Double> ticks, List<TextItem> labels) {

    /** Copies the lists. */
    public ColourBarLayout {
        steps = List.copyOf(steps);
        ticks = List.copyOf(ticks);
        labels = List.copyOf(labels);
    }
}
