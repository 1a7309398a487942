/**
 * Colours: an sRGB {@link io.github.rnnmem.viz.colour.Colour} value, the categorical {@link
 * io.github.rnnmem.viz.colour.UnitPalette} that tells units apart (ggplot2's default hues) and the
 * perceptually uniform {@link io.github.rnnmem.viz.colour.Viridis} map for magnitudes.
 */
package io.github.rnnmem.viz.colour;
