package io.github.rnnmem.viz.layout;

/**
 * A tick of an axis, placed.
 *
 * @param position the pixel coordinate along the axis (x for a horizontal axis, y for a vertical
 *     one)
 * @param value the data value
 * @param major whether the tick is major (darker grid line)
 * @param length the length of the tick mark, drawn from the plot area's edge outwards
 * @param label the label; its text is empty for an unlabelled tick
 */
public record TickMark(double position, double value, boolean major, double length, TextItem label) {

    /**
     * A tick with the mark length of its kind: 5 pixels for a major tick, 3 for a minor one.
     *
     * @param position the pixel coordinate along the axis
     * @param value the data value
     * @param major whether the tick is major
     * @param label the label
     * @return the tick mark
     */
    static TickMark of(double position, double value, boolean major, TextItem label) {
        return new TickMark(position, value, major, major ? Metrics.TICK_LENGTH : Metrics.MINOR_TICK_LENGTH, label);
    }
}
