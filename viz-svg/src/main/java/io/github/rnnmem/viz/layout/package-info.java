/**
 * Layout: pure functions from a chart's data ({@link io.github.rnnmem.viz.chart}) and a figure
 * size to coordinates, ticks, texts and colours, as plain records that a writer turns into SVG
 * without further decisions. Nothing here writes markup, so every position can be tested as a
 * number.
 *
 * <p>Coordinates are SVG user units (CSS pixels at natural size), x to the right, y downwards. Text
 * is measured as a monospace font with an advance of 0.6 em per character (so the writer must
 * draw it in a monospace font), never with platform font metrics.
 */
package io.github.rnnmem.viz.layout;
