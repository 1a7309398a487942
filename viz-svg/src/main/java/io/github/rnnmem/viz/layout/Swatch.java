package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.colour.Colour;

/**
 * A filled rectangle.
 *
 * @param rect where
 * @param colour the fill
 */
public record Swatch(Rect rect, Colour colour) {}
