package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.svg.TextAnchor;

/**
 * One line of text placed in a figure.
 *
 * @param x the anchor x
 * @param y the baseline y (for vertical text: the baseline x is {@code x} and {@code y} is the
 *     anchor)
 * @param text the text shown, possibly shortened with an ellipsis to fit; empty for nothing
 * @param size the font size
 * @param anchor which point of the text {@code (x, y)} is
 * @param bold whether the text is bold
 * @param vertical whether the text is turned 90 degrees counter-clockwise about {@code (x, y)},
 *     reading upwards
 * @param tooltip the full text when {@code text} was shortened, else empty
 */
public record TextItem(
        double x, double y, String text, double size, TextAnchor anchor, boolean bold, boolean vertical, String tooltip) {

    /**
     * A horizontal, regular text shortened to a width if needed.
     *
     * @param x the anchor x
     * @param y the baseline y
     * @param text the full text
     * @param size the font size
     * @param anchor the anchor
     * @param maxWidth the width available
     * @return the item, with the full text as tooltip when shortened
     */
    static TextItem fitted(double x, double y, String text, double size, TextAnchor anchor, double maxWidth) {
        String shown = Monospace.fit(text, size, maxWidth);
        return new TextItem(x, y, shown, size, anchor, false, false, shown.equals(text) ? "" : text);
    }

    /**
     * This text turned to read upwards, anchored at the same point.
     *
     * @return the vertical text
     */
    TextItem turned() {
        return new TextItem(x, y, text, size, anchor, bold, true, tooltip);
    }

    /**
     * The box the text covers, from the baseline up by the ascent and down by the descent.
     *
     * @return the bounds; zero width for an empty text
     */
    public Rect bounds() {
        double length = Monospace.width(text, size);
        double start = switch (anchor) {
            case START -> 0;
            case MIDDLE -> -length / 2;
            case END -> -length;
        };
        double ascent = Metrics.ASCENT * size;
        return vertical
                ? new Rect(x - ascent, y - start - length, size, length)
                : new Rect(x + start, y - ascent, length, size);
    }
}
