package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.colour.Colour;

/**
 * A legend key, placed.
 *
 * @param swatch where the colour sample goes: a stroke along its vertical middle, or a filled box
 * @param shape how the colour is shown
 * @param colour the colour
 * @param dash the dash pattern of a stroke, or null for solid
 * @param width the stroke width
 * @param label the text right of the swatch
 */
public record LegendItem(Rect swatch, SwatchShape shape, Colour colour, String dash, double width, TextItem label) {}
