package io.github.rnnmem.viz.layout;

/**
 * A dot on a data point.
 *
 * @param at the centre
 * @param radius the radius
 * @param tooltip the series name and the point's values
 */
public record Marker(Pixel at, double radius, String tooltip) {}
