package io.github.rnnmem.viz.layout;

import java.util.List;

/**
 * A legend, placed outside the plot area.
 *
 * @param bounds the box holding every heading and key
 * @param headings the group headings, in bold
 * @param items the keys
 */
public record LegendLayout(Rect bounds, List<TextItem> headings, List<LegendItem> items) {

    /** Copies the lists. */
    public LegendLayout {
        headings = List.copyOf(headings);
        items = List.copyOf(items);
    }
}
