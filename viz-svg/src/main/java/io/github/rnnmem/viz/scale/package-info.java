/**
 * Scales and ticks: mapping a data {@link io.github.rnnmem.viz.scale.Domain} onto a pixel range,
 * linearly or by log10, and choosing readable tick values ("nice" 1-2-5 steps, or decades) with
 * their labels.
 */
package io.github.rnnmem.viz.scale;
