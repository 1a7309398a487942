package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.chart.Axis;
import io.github.rnnmem.viz.scale.Domain;
import io.github.rnnmem.viz.scale.LinearTicks;
import io.github.rnnmem.viz.scale.LogTicks;
import io.github.rnnmem.viz.scale.Scale;
import io.github.rnnmem.viz.scale.ScaleType;
import io.github.rnnmem.viz.scale.Tick;
import io.github.rnnmem.viz.svg.TextAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Chooses an axis's domain and ticks for the space it has, and places ticks and title by a plot area. */
final class Axes {

    /** Pixels of axis length wanted per tick interval on a vertical axis. */
    private static final double VERTICAL_SPACING = 40;
    /** Pixels of axis length per tick interval tried first on a horizontal axis. */
    private static final double HORIZONTAL_SPACING = 50;
    /** Most intervals an axis gets. */
    private static final int MAX_INTERVALS = 12;
    /** Log axes with at most this many decades get minor ticks. */
    private static final double MINOR_DECADES = 6;
    /** Margin added at an end of an automatic domain whose nice end is further, as a share of the data span. */
    private static final double MARGIN = 0.05;

    /** An axis's domain and ticks, before placement. */
    record Resolved(Domain domain, List<Tick> ticks) {}

    private Axes() {}

    /**
     * The domain and the ticks. A fixed domain is kept. An automatic one ends at the nice value
     * (tick multiple or power of ten) just outside the data when that adds at most 5% of the data
     * span (measured in log10 on a log axis), and otherwise 5% beyond the data: 0..14,278 becomes
     * 0..14,992 rather than 0..16,000.
     *
     * @param axis the axis
     * @param min the smallest data value on it
     * @param max the largest data value on it
     * @param maxIntervals the most tick intervals (for a log axis: the most decade labels), at
     *     least 2
     * @return the domain and ticks
     */
    private static Resolved resolve(Axis axis, double min, double max, int maxIntervals) {
        if (axis.type() == ScaleType.LOG) {
            Domain domain = axis.domain() != null
                    ? axis.domain()
                    : tidy(LogTicks.covering(min, max), min, max, Math::log10, exponent -> Math.pow(10, exponent));
            boolean minor = Math.log10(domain.max() / domain.min()) <= MINOR_DECADES;
            return new Resolved(domain, LogTicks.ticks(domain, maxIntervals, minor));
        }
        if (axis.domain() != null) {
            return new Resolved(axis.domain(), LinearTicks.within(axis.domain(), maxIntervals).ticks(axis.format()));
        }
        LinearTicks nice = LinearTicks.covering(min, max, maxIntervals);
        Domain domain = tidy(nice.domain(), min, max, DoubleUnaryOperator.identity(), DoubleUnaryOperator.identity());
        return new Resolved(domain, LinearTicks.inside(nice.step(), domain).ticks(axis.format()));
    }

    /** Each end of the nice domain, or the data's end plus the margin when the nice end is further. */
    private static Domain tidy(Domain nice, double min, double max, DoubleUnaryOperator into, DoubleUnaryOperator back) {
        double low = into.applyAsDouble(min);
        double high = into.applyAsDouble(max);
        double margin = MARGIN * (high - low);
        if (margin == 0) {
            return nice;
        }
        return new Domain(
                into.applyAsDouble(nice.min()) >= low - margin ? nice.min() : back.applyAsDouble(low - margin),
                into.applyAsDouble(nice.max()) <= high + margin ? nice.max() : back.applyAsDouble(high + margin));
    }

    /**
     * Resolves a vertical axis: about one interval per 40 pixels, between 2 and 10.
     *
     * @param axis the axis
     * @param min the smallest data value
     * @param max the largest data value
     * @param length the axis length in pixels
     * @return the domain and ticks
     */
    static Resolved resolveVertical(Axis axis, double min, double max, double length) {
        return resolve(axis, min, max, (int) Math.max(2, Math.min(10, Math.floor(length / VERTICAL_SPACING))));
    }

    /**
     * Resolves a horizontal axis with as many ticks as fit without labels touching: starting from
     * one interval per 50 pixels, fewer until neighbouring labels are at least 14 pixels apart.
     *
     * @param axis the axis
     * @param min the smallest data value
     * @param max the largest data value
     * @param left the pixel x of the domain's lower end
     * @param right the pixel x of the domain's upper end
     * @return the domain and ticks
     */
    static Resolved resolveHorizontal(Axis axis, double min, double max, double left, double right) {
        int intervals = (int) Math.max(2, Math.min(MAX_INTERVALS, Math.floor((right - left) / HORIZONTAL_SPACING)));
        while (true) {
            Resolved resolved = resolve(axis, min, max, intervals);
            if (intervals == 2 || labelsFit(resolved, axis.type().scale(resolved.domain(), left, right))) {
                return resolved;
            }
            intervals--;
        }
    }

    /**
     * Places a horizontal axis under a plot area: labels centred under their ticks, the title
     * centred under the labels.
     *
     * @param resolved the domain and ticks
     * @param axis the axis
     * @param plot the plot area
     * @return the placed axis
     */
    static AxisLayout bottom(Resolved resolved, Axis axis, Rect plot) {
        Scale scale = axis.type().scale(resolved.domain(), plot.x(), plot.right());
        double labelBaseline = plot.bottom() + Metrics.TICK_LENGTH + Metrics.TICK_GAP + Metrics.ASCENT * Metrics.TICK_SIZE;
        List<TickMark> marks = new ArrayList<>();
        for (Tick tick : resolved.ticks()) {
            double x = scale.map(tick.value());
            marks.add(TickMark.of(x, tick.value(), tick.major(), new TextItem(
                    x, labelBaseline, tick.label(), Metrics.TICK_SIZE, TextAnchor.MIDDLE, false, false, "")));
        }
        double titleBaseline = plot.bottom() + Metrics.belowPlot() - (1 - Metrics.ASCENT) * Metrics.AXIS_TITLE_SIZE;
        TextItem title = TextItem.fitted(plot.x() + plot.width() / 2, titleBaseline, axis.label(),
                Metrics.AXIS_TITLE_SIZE, TextAnchor.MIDDLE, plot.width());
        return new AxisLayout(scale, marks, title);
    }

    /**
     * Places a vertical axis left of a plot area: labels right-aligned before their ticks, the
     * title turned to read upwards at the figure's left padding, centred on the plot area.
     *
     * @param resolved the domain and ticks
     * @param axis the axis
     * @param plot the plot area
     * @return the placed axis
     */
    static AxisLayout left(Resolved resolved, Axis axis, Rect plot) {
        Scale scale = axis.type().scale(resolved.domain(), plot.bottom(), plot.y());
        double labelRight = plot.x() - Metrics.TICK_LENGTH - Metrics.TICK_GAP;
        List<TickMark> marks = new ArrayList<>();
        for (Tick tick : resolved.ticks()) {
            double y = scale.map(tick.value());
            marks.add(TickMark.of(y, tick.value(), tick.major(), new TextItem(labelRight,
                    y + Metrics.CENTRE_BASELINE * Metrics.TICK_SIZE, tick.label(), Metrics.TICK_SIZE, TextAnchor.END,
                    false, false, "")));
        }
        TextItem title = TextItem.fitted(Metrics.PADDING + Metrics.ASCENT * Metrics.AXIS_TITLE_SIZE,
                        plot.y() + plot.height() / 2, axis.label(), Metrics.AXIS_TITLE_SIZE, TextAnchor.MIDDLE,
                        plot.height())
                .turned();
        return new AxisLayout(scale, marks, title);
    }

    /**
     * The width of the widest tick label.
     *
     * @param resolved the ticks
     * @return the width at the tick label size
     */
    static double widestLabel(Resolved resolved) {
        return resolved.ticks().stream()
                .mapToDouble(tick -> Monospace.width(tick.label(), Metrics.TICK_SIZE))
                .max()
                .orElse(0);
    }

    /**
     * How far the labels of a horizontal axis reach beyond its right end.
     *
     * @param axis the placed axis
     * @param right the axis's right end
     * @return the overhang, 0 when none
     */
    static double overhang(AxisLayout axis, double right) {
        return axis.ticks().stream()
                .mapToDouble(mark -> mark.label().bounds().right() - right)
                .filter(reach -> reach > 0)
                .max()
                .orElse(0);
    }

    private static boolean labelsFit(Resolved resolved, Scale scale) {
        double previousRight = Double.NEGATIVE_INFINITY;
        for (Tick tick : resolved.ticks()) {
            if (tick.label().isEmpty()) {
                continue;
            }
            double half = Monospace.width(tick.label(), Metrics.TICK_SIZE) / 2;
            double x = scale.map(tick.value());
            if (x - half < previousRight + Metrics.LABEL_SPACING) {
                return false;
            }
            previousRight = x + half;
        }
        return true;
    }
}
