package io.github.rnnmem.viz.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Predicate;

/**
 * Cuts polylines to a rectangle (Liang-Barsky, segment by segment), so that lines of a chart with a
 * fixed domain stop at the plot area's edge instead of running over axes and legend.
 */
final class Clip {

    /** Distance under which two positions count as one, so that rounding error never breaks a line. */
    private static final double SLACK = 1e-6;

    private Clip() {}

    /**
     * The parts of a polyline inside a box.
     *
     * @param points the vertices, in order
     * @param box the box
     * @return the pieces inside the box, each of at least two vertices, in order
     */
    static List<List<Pixel>> polyline(List<Pixel> points, Rect box) {
        List<List<Pixel>> pieces = new ArrayList<>();
        List<Pixel> current = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Pixel a = points.get(i - 1);
            Pixel b = points.get(i);
            Pixel[] inside = segment(a, b, box);
            if (inside == null) {
                finish(current, pieces);
                continue;
            }
            if (!current.isEmpty() && !near(current.get(current.size() - 1), inside[0])) {
                finish(current, pieces);
            }
            if (current.isEmpty()) {
                current.add(inside[0]);
            }
            current.add(inside[1]);
            if (!near(inside[1], b)) {
                finish(current, pieces);
            }
        }
        finish(current, pieces);
        return List.copyOf(pieces);
    }

    /**
     * The part of a closed polygon inside a box (Sutherland-Hodgman: the polygon is cut by each of
     * the box's four edges in turn). For the simple polygons of a band this is one polygon; where
     * the box cuts a band into separate parts they stay joined along the box's edge, which adds no
     * area.
     *
     * @param polygon the vertices, in order; the last joins the first
     * @param box the box
     * @return the vertices of the clipped polygon, empty when nothing is inside
     */
    static List<Pixel> polygon(List<Pixel> polygon, Rect box) {
        List<Pixel> result = polygon;
        result = cut(result, p -> p.x() >= box.x(), (a, b) -> atX(a, b, box.x()));
        result = cut(result, p -> p.x() <= box.right(), (a, b) -> atX(a, b, box.right()));
        result = cut(result, p -> p.y() >= box.y(), (a, b) -> atY(a, b, box.y()));
        result = cut(result, p -> p.y() <= box.bottom(), (a, b) -> atY(a, b, box.bottom()));
        return result.size() < 3 ? List.of() : List.copyOf(result);
    }

    /** Keeps the part of a polygon on the inner side of one edge. */
    private static List<Pixel> cut(List<Pixel> polygon, Predicate<Pixel> inner, BinaryOperator<Pixel> crossing) {
        List<Pixel> out = new ArrayList<>();
        for (int i = 0; i < polygon.size(); i++) {
            Pixel current = polygon.get(i);
            Pixel previous = polygon.get((i + polygon.size() - 1) % polygon.size());
            boolean currentIn = inner.test(current);
            if (currentIn != inner.test(previous)) {
                out.add(crossing.apply(previous, current));
            }
            if (currentIn) {
                out.add(current);
            }
        }
        return out;
    }

    private static Pixel atX(Pixel a, Pixel b, double x) {
        double t = (x - a.x()) / (b.x() - a.x());
        return new Pixel(x, a.y() + t * (b.y() - a.y()));
    }

    private static Pixel atY(Pixel a, Pixel b, double y) {
        double t = (y - a.y()) / (b.y() - a.y());
        return new Pixel(a.x() + t * (b.x() - a.x()), y);
    }

    /**
     * Whether a position lies in a box, edges included, allowing for rounding error.
     *
     * @param position the position
     * @param box the box
     * @return true when inside
     */
    static boolean inside(Pixel position, Rect box) {
        return position.x() >= box.x() - SLACK
                && position.x() <= box.right() + SLACK
                && position.y() >= box.y() - SLACK
                && position.y() <= box.bottom() + SLACK;
    }

    private static boolean near(Pixel a, Pixel b) {
        return Math.abs(a.x() - b.x()) <= SLACK && Math.abs(a.y() - b.y()) <= SLACK;
    }

    private static void finish(List<Pixel> current, List<List<Pixel>> pieces) {
        if (current.size() >= 2) {
            pieces.add(List.copyOf(current));
        }
        current.clear();
    }

    /** The part of segment ab inside the box, as {start, end}, or null when none. */
    private static Pixel[] segment(Pixel a, Pixel b, Rect box) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - box.x(), box.right() - a.x(), a.y() - box.y(), box.bottom() - a.y()};
        double enter = 0;
        double leave = 1;
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < -SLACK) {
                    return null;
                }
                continue;
            }
            double t = q[k] / p[k];
            if (p[k] < 0) {
                enter = Math.max(enter, t);
            } else {
                leave = Math.min(leave, t);
            }
        }
        if (enter > leave) {
            return null;
        }
        return new Pixel[] {at(a, b, enter), at(a, b, leave)};
    }

    private static Pixel at(Pixel a, Pixel b, double t) {
        if (t == 0) {
            return a;
        }
        if (t == 1) {
            return b;
        }
        return new Pixel(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
    }
}
