package io.github.rnnmem.viz.layout;

/**
 * A tick of an axis, placed.
 *
 * @param position the pixel coordinate along the axis (x for a horizontal axis, y for a vertical
 *     one)
 * @param value the data value
 * @param major whether the tick is major (grid line and longer mark)
 * @param label the label; its text is empty for an unlabelled tick
 */
public record TickMark(double position, double value, boolean major, TextItem label) {}
