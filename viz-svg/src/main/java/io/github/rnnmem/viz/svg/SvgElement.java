package io.github.rnnmem.viz.svg;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.internal.Require;
import io.github.rnnmem.viz.internal.Xml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One SVG element: a name, attributes in the order they were set, child elements and an optional
 * text. Made by {@link Svg}'s factories; the setters return the element so calls chain.
 *
 * <p>Serialisation puts each child element on its own indented line, except inside an element
 * that has text (such as {@code <text>}), which is written on one line so that no whitespace is
 * added to what is displayed; there the text follows the child elements.
 */
public final class SvgElement {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.:-]*");
    private static final String INDENT = "  ";

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<SvgElement> children = new ArrayList<>();
    private String text = "";

    SvgElement(String name) {
        this.name = checkName(name);
    }

    /**
     * The element name, such as {@code line}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Sets an attribute; setting it again replaces the value in its first position.
     *
     * @param attribute the attribute name, such as {@code stroke-linecap} or {@code data-row}
     * @param value the value, escaped when written
     * @return this element
     */
    public SvgElement attribute(String attribute, String value) {
        if (value == null) {
            throw new IllegalArgumentException("SVG attribute " + attribute + ": expected a value, got nothing");
        }
        attributes.put(checkName(attribute), value);
        return this;
    }

    /**
     * Sets a numeric attribute, written with at most two decimals.
     *
     * @param attribute the attribute name
     * @param value a finite number
     * @return this element
     */
    public SvgElement attribute(String attribute, double value) {
        return attribute(attribute, SvgNumbers.format(value));
    }

    /**
     * Sets {@code stroke} and {@code stroke-width}.
     *
     * @param colour the stroke colour
     * @param width the stroke width in user units
     * @return this element
     */
    public SvgElement stroke(Colour colour, double width) {
        return attribute("stroke", colour.hex()).attribute("stroke-width", width);
    }

    /**
     * Sets {@code fill}.
     *
     * @param colour the fill colour
     * @return this element
     */
    public SvgElement fill(Colour colour) {
        return attribute("fill", colour.hex());
    }

    /**
     * Sets {@code stroke-dasharray}, or nothing for a solid line.
     *
     * @param pattern dash and gap lengths such as {@code "8 8"}, or null for solid
     * @return this element
     */
    public SvgElement dash(String pattern) {
        String checked = Require.dash(pattern, "SVG dash pattern");
        return checked == null ? this : attribute("stroke-dasharray", checked);
    }

    /**
     * Sets {@code opacity}.
     *
     * @param opacity 0 (invisible) to 1 (opaque)
     * @return this element
     */
    public SvgElement opacity(double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("SVG opacity: expected a number in [0, 1], got " + opacity);
        }
        return attribute("opacity", opacity);
    }

    /**
     * Sets {@code text-anchor}.
     *
     * @param anchor which point of the text x gives
     * @return this element
     */
    public SvgElement anchor(TextAnchor anchor) {
        return attribute("text-anchor", anchor.value());
    }

    /**
     * Sets {@code transform="rotate(degrees cx cy)"}.
     *
     * @param degrees the angle, clockwise on screen
     * @param centreX the x of the fixed point
     * @param centreY the y of the fixed point
     * @return this element
     */
    public SvgElement rotate(double degrees, double centreX, double centreY) {
        return attribute("transform", "rotate(" + SvgNumbers.format(degrees) + " " + SvgNumbers.format(centreX)
                + " " + SvgNumbers.format(centreY) + ")");
    }

    /**
     * Sets {@code transform="translate(dx dy)"}: the element and its children move by (dx, dy).
     *
     * @param dx the shift to the right
     * @param dy the shift downwards
     * @return this element
     */
    public SvgElement translate(double dx, double dy) {
        return attribute("transform", "translate(" + SvgNumbers.format(dx) + " " + SvgNumbers.format(dy) + ")");
    }

    /**
     * Adds a {@code <title>} as first child: browsers show it as a tooltip when the pointer rests
     * on the element, and screen readers read it.
     *
     * @param tooltip the text
     * @return this element
     */
    public SvgElement tooltip(String tooltip) {
        children.add(0, Svg.title(tooltip));
        return this;
    }

    /**
     * Appends a child element.
     *
     * @param child the child
     * @return this element
     */
    public SvgElement add(SvgElement child) {
        children.add(child);
        return this;
    }

    /**
     * Appends text content, written after the child elements.
     *
     * @param content the text, escaped when written
     * @return this element
     */
    public SvgElement text(String content) {
        text += content;
        return this;
    }

    void write(StringBuilder out, int depth) {
        out.append(INDENT.repeat(depth));
        if (!text.isEmpty()) {
            writeInline(out);
        } else if (children.isEmpty()) {
            writeStartTag(out, true);
        } else {
            writeStartTag(out, false);
            out.append('\n');
            for (SvgElement child : children) {
                child.write(out, depth + 1);
            }
            out.append(INDENT.repeat(depth)).append("</").append(name).append('>');
        }
        out.append('\n');
    }

    private void writeInline(StringBuilder out) {
        if (children.isEmpty() && text.isEmpty()) {
            writeStartTag(out, true);
            return;
        }
        writeStartTag(out, false);
        for (SvgElement child : children) {
            child.writeInline(out);
        }
        out.append(Xml.escape(text)).append("</").append(name).append('>');
    }

    private void writeStartTag(StringBuilder out, boolean empty) {
        out.append('<').append(name);
        attributes.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(Xml.escape(value)).append('"'));
        out.append(empty ? "/>" : ">");
    }

    private static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("SVG name: expected letters, digits, '-', '_', '.' or ':', got \""
                    + name + "\"");
        }
        return name;
    }
}
