package io.github.rnnmem.viz.layout;

/**
 * An axis-aligned rectangle.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width, at least 0
 * @param height the height, at least 0
 */
public record Rect(double x, double y, double width, double height) {

    /** Checks that the rectangle is finite and not negative in size. */
    public Rect {
        if (!(Double.isFinite(x) && Double.isFinite(y) && width >= 0 && height >= 0)
                || !Double.isFinite(width + height)) {
            throw new IllegalArgumentException("rectangle: expected finite corners and a size >= 0, got " + x + ", " + y
                    + ", " + width + " x " + height);
        }
    }

    /**
     * The right edge.
     *
     * @return {@code x + width}
     */
    public double right() {
        return x + width;
    }

    /**
     * The bottom edge.
     *
     * @return {@code y + height}
     */
    public double bottom() {
        return y + height;
    }

    /**
     * Whether the two rectangles share inner area (touching edges do not count).
     *
     * @param other the other rectangle
     * @return true when they overlap
     */
    public boolean overlaps(Rect other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
