package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.layout.Rect;
import io.github.rnnmem.viz.svg.Svg;
import io.github.rnnmem.viz.svg.SvgElement;

/** The edge of a plot area an axis runs along, and the lines drawn across and along it. */
enum Edge {
    /** A horizontal axis under the plot area; tick positions are x coordinates. */
    BOTTOM {
        @Override
        double inner(Rect plot) {
            return plot.bottom();
        }

        @Override
        double opposite(Rect plot) {
            return plot.y();
        }

        @Override
        double outward() {
            return 1;
        }

        @Override
        SvgElement across(double position, double from, double to) {
            return Svg.line(position, from, position, to);
        }

        @Override
        SvgElement along(Rect plot) {
            return Svg.line(plot.x(), plot.bottom(), plot.right(), plot.bottom());
        }

        @Override
        String cssClass() {
            return "axis x";
        }
    },
    /** A vertical axis left of the plot area; tick positions are y coordinates. */
    LEFT {
        @Override
        double inner(Rect plot) {
            return plot.x();
        }

        @Override
        double opposite(Rect plot) {
            return plot.right();
        }

        @Override
        double outward() {
            return -1;
        }

        @Override
        SvgElement across(double position, double from, double to) {
            return Svg.line(from, position, to, position);
        }

        @Override
        SvgElement along(Rect plot) {
            return Svg.line(plot.x(), plot.y(), plot.x(), plot.bottom());
        }

        @Override
        String cssClass() {
            return "axis y";
        }
    };

    /** The coordinate, across the axis, of the plot area's edge on this side. */
    abstract double inner(Rect plot);

    /** The coordinate, across the axis, of the plot area's opposite edge. */
    abstract double opposite(Rect plot);

    /** +1 when moving away from the plot area increases the coordinate across the axis, else -1. */
    abstract double outward();

    /** A line across the axis at a tick position, between two coordinates across the axis. */
    abstract SvgElement across(double position, double from, double to);

    /** The axis line along the plot area's edge. */
    abstract SvgElement along(Rect plot);

    /** The CSS classes of the axis group. */
    abstract String cssClass();
}
