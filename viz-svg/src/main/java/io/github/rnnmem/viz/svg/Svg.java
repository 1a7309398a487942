package io.github.rnnmem.viz.svg;

/**
 * Factories for the SVG elements figures are drawn with. Coordinates are user units of the
 * document's {@code viewBox}, x to the right and y downwards.
 */
public final class Svg {

    private Svg() {}

    /**
     * A group, {@code <g>}, whose attributes its children inherit.
     *
     * @return the element
     */
    public static SvgElement group() {
        return new SvgElement("g");
    }

    /**
     * A straight line, {@code <line>}; it needs a stroke to be seen.
     *
     * @param x1 start x
     * @param y1 start y
     * @param x2 end x
     * @param y2 end y
     * @return the element
     */
    public static SvgElement line(double x1, double y1, double x2, double y2) {
        return new SvgElement("line").attribute("x1", x1).attribute("y1", y1).attribute("x2", x2).attribute("y2", y2);
    }

    /**
     * An open polyline, {@code <polyline points="x,y x,y ..." fill="none">}.
     *
     * @param xs the x of each vertex
     * @param ys the y of each vertex, as many as {@code xs}
     * @return the element
     */
    public static SvgElement polyline(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("SVG polyline: expected at least 2 vertices with as many x as y, got "
                    + xs.length + " x and " + ys.length + " y");
        }
        return new SvgElement("polyline").attribute("points", points(xs, ys)).attribute("fill", "none");
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(i == 0 ? "" : " ")
                    .append(SvgNumbers.format(xs[i]))
                    .append(',')
                    .append(SvgNumbers.format(ys[i]));
        }
        return points.toString();
    }

    /**
     * A closed polygon, {@code <polygon points="x,y x,y ...">}.
     *
     * @param xs the x of each vertex
     * @param ys the y of each vertex, as many as {@code xs}
     * @return the element
     */
    public static SvgElement polygon(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length < 3) {
            throw new IllegalArgumentException("SVG polygon: expected at least 3 vertices with as many x as y, got "
                    + xs.length + " x and " + ys.length + " y");
        }
        return new SvgElement("polygon").attribute("points", points(xs, ys));
    }

    /**
     * A rectangle, {@code <rect>}.
     *
     * @param x left edge
     * @param y top edge
     * @param width width, at least 0
     * @param height height, at least 0
     * @return the element
     */
    public static SvgElement rect(double x, double y, double width, double height) {
        if (!(width >= 0 && height >= 0)) {
            throw new IllegalArgumentException("SVG rect: expected a width and height >= 0, got " + width + " x " + height);
        }
        return new SvgElement("rect").attribute("x", x).attribute("y", y).attribute("width", width).attribute("height", height);
    }

    /**
     * A circle, {@code <circle>}.
     *
     * @param centreX centre x
     * @param centreY centre y
     * @param radius radius, at least 0
     * @return the element
     */
    public static SvgElement circle(double centreX, double centreY, double radius) {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("SVG circle: expected a radius >= 0, got " + radius);
        }
        return new SvgElement("circle").attribute("cx", centreX).attribute("cy", centreY).attribute("r", radius);
    }

    /**
     * A text, {@code <text>}, whose baseline starts, centres or ends (see {@link
     * SvgElement#anchor}) at (x, y).
     *
     * @param x the anchor x
     * @param y the baseline y
     * @param content the text
     * @return the element
     */
    public static SvgElement text(double x, double y, String content) {
        return new SvgElement("text").attribute("x", x).attribute("y", y).text(content);
    }

    /**
     * A {@code <title>}: the tooltip and accessible name of its parent. See {@link
     * SvgElement#tooltip}.
     *
     * @param content the text
     * @return the element
     */
    public static SvgElement title(String content) {
        return new SvgElement("title").text(content);
    }
}
