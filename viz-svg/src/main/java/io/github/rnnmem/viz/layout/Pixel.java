package io.github.rnnmem.viz.layout;

/**
 * A position in the figure.
 *
 * @param x the x coordinate
 * @param y the y coordinate
 */
public record Pixel(double x, double y) {}
