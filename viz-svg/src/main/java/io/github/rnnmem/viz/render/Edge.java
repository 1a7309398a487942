package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.layout.Rect;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgElement;

/**
 * The edge of a plot area an axis runs along. Positions are given as (along the axis, across it):
 * for the bottom edge that is (x, y), for the left edge (y, x).
 */
enum Edge {
    /** A horizontal axis under the plot area; tick positions are x coordinates. */
    BOTTOM(true),
    /** A vertical axis left of the plot area; tick positions are y coordinates. */
    LEFT(false);

    private final boolean horizontal;

    Edge(boolean horizontal) {
        this.horizontal = horizontal;
    }

    /** A line between two positions, each given along and across the axis. */
    SvgElement line(double along1, double across1, double along2, double across2) {
        return horizontal ? Svg.line(along1, across1, along2, across2) : Svg.line(across1, along1, across2, along2);
    }

    /** The coordinate, across the axis, of the plot area's edge on this side. */
    double inner(Rect plot) {
        return horizontal ? plot.bottom() : plot.x();
    }

    /** The coordinate, across the axis, of the plot area's opposite edge. */
    double opposite(Rect plot) {
        return horizontal ? plot.y() : plot.right();
    }

    /** Where the plot area starts along the axis. */
    double start(Rect plot) {
        return horizontal ? plot.x() : plot.y();
    }

    /** Where the plot area ends along the axis. */
    double end(Rect plot) {
        return horizontal ? plot.right() : plot.bottom();
    }

    /** +1 when moving away from the plot area increases the coordinate across the axis, else -1. */
    double outward() {
        return horizontal ? 1 : -1;
    }

    /** The CSS classes of the axis group. */
    String cssClass() {
        return horizontal ? "axis x" : "axis y";
    }
}
