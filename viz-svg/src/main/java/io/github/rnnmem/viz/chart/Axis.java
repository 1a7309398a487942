package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.internal.Require;
import io.github.rnnmem.viz.scale.Domain;
import io.github.rnnmem.viz.scale.ScaleType;
import io.github.rnnmem.viz.scale.TickFormat;

/**
 * One axis of a {@link LineChart}: its title, how it maps values, an optional fixed domain and how
 * values are written.
 *
 * <p>Without a fixed domain the axis covers the data, widened to nice tick values (a linear axis)
 * or to whole decades (a log axis). With one, the axis shows exactly that interval and the lines are
 * clipped to it. On a log axis, values that are 0 or negative cannot be placed: such points are
 * left out and break the line, as NaN does.
 *
 * @param label the axis title, such as {@code characters seen of the word}
 * @param type linear or log10
 * @param domain the fixed domain, or null to fit the data; above 0 for a log axis
 * @param format how tick labels and tooltips write values (tick labels of a log axis are powers
 *     of ten)
 */
public record Axis(String label, ScaleType type, Domain domain, TickFormat format) {

    /** Checks every field; see the parameter descriptions. */
    public Axis {
        Require.text(label, "axis label");
        Require.present(type, "axis \"" + label + "\": scale type");
        Require.present(format, "axis \"" + label + "\": format");
        if (domain != null && type == ScaleType.LOG && domain.min() <= 0) {
            throw new IllegalArgumentException("axis \"" + label + "\": expected a domain above 0 for a log axis, got ["
                    + domain.min() + ", " + domain.max() + "]");
        }
    }

    /**
     * A linear axis that fits the data, with plain number labels.
     *
     * @param label the axis title
     * @return the axis
     */
    public static Axis linear(String label) {
        return new Axis(label, ScaleType.LINEAR, null, TickFormat.NUMBER);
    }

    /**
     * A log10 axis that fits the data.
     *
     * @param label the axis title
     * @return the axis
     */
    public static Axis log(String label) {
        return new Axis(label, ScaleType.LOG, null, TickFormat.NUMBER);
    }

    /**
     * This axis with a fixed domain.
     *
     * @param min the lower end
     * @param max the upper end
     * @return the new axis
     */
    public Axis withDomain(double min, double max) {
        return new Axis(label, type, new Domain(min, max), format);
    }

    /**
     * This axis with another value format.
     *
     * @param newFormat the format, such as {@link TickFormat#PERCENT} for fractions
     * @return the new axis
     */
    public Axis withFormat(TickFormat newFormat) {
        return new Axis(label, type, domain, newFormat);
    }
}
