package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.colour.Colour;

/**
 * One component of a bar, placed.
 *
 * @param rect the filled rectangle
 * @param colour the fill colour
 * @param label the value written inside, in black or white for contrast; empty when it does not
 *     fit
 * @param labelColour the colour of the label
 * @param tooltip the category, component, value and share of the bar
 */
public record BarSegment(Rect rect, Colour colour, TextItem label, Colour labelColour, String tooltip) {}
