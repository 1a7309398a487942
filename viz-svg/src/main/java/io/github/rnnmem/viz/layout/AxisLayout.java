package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.scale.Scale;
import java.util.List;

/**
 * An axis, placed: its scale from data values to pixels, its ticks and its title.
 *
 * @param scale the mapping from data values to pixel coordinates along the axis
 * @param ticks the ticks, in increasing value
 * @param title the axis title
 */
public record AxisLayout(Scale scale, List<TickMark> ticks, TextItem title) {

    /** Copies the ticks. */
    public AxisLayout {
        ticks = List.copyOf(ticks);
    }
}
