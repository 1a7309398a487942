package io.github.rnnmem.viz.scale;

/**
 * Maps data values of a {@link Domain} onto a range of pixel coordinates: {@code min} goes to
 * {@code rangeStart} and {@code max} to {@code rangeEnd}. The range may run backwards, as a y axis
 * does (larger values higher on screen, smaller y).
 */
public sealed interface Scale permits LinearScale, LogScale {

    /**
     * The data interval.
     *
     * @return the domain
     */
    Domain domain();

    /**
     * Maps a value; values outside the domain extrapolate.
     *
     * @param value a value the scale accepts
     * @return the pixel coordinate
     */
    double map(double value);
}
