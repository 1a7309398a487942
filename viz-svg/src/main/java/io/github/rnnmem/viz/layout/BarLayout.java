package io.github.rnnmem.viz.layout;

import java.util.List;

/**
 * One bar, placed.
 *
 * @param category the category name left of the bar
 * @param segments the components with a value above 0, left to right
 * @param total the bar's total, right of the bar
 */
public record BarLayout(TextItem category, List<BarSegment> segments, TextItem total) {

    /** Copies the list. */
    public BarLayout {
        segments = List.copyOf(segments);
    }
}
