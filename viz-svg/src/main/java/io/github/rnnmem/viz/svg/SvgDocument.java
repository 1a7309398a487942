package io.github.rnnmem.viz.svg;

import io.github.rnnmem.viz.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A standalone SVG document: a root {@code <svg>} with the SVG namespace, {@code width}, {@code
 * height} and {@code viewBox="0 0 width height"}, so one user unit is one CSS pixel at natural size.
 * Its text is valid both as a {@code .svg} file and inline in HTML.
 */
public final class SvgDocument {

    private final double width;
    private final double height;
    private final SvgElement root;

    /**
     * Creates an empty document.
     *
     * @param width the width in user units, greater than 0
     * @param height the height in user units, greater than 0
     */
    public SvgDocument(double width, double height) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("SVG document size: expected a finite width and height > 0, got "
                    + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        String w = SvgNumbers.format(width);
        String h = SvgNumbers.format(height);
        this.root = new SvgElement("svg")
                .attribute("xmlns", "http://www.w3.org/2000/svg")
                .attribute("width", w)
                .attribute("height", h)
                .attribute("viewBox", "0 0 " + w + " " + h);
    }

    /**
     * The width in user units.
     *
     * @return the width
     */
    public double width() {
        return width;
    }

    /**
     * The height in user units.
     *
     * @return the height
     */
    public double height() {
        return height;
    }

    /**
     * The root {@code <svg>} element, to set document-wide attributes such as {@code font-family}.
     *
     * @return the root
     */
    public SvgElement root() {
        return root;
    }

    /**
     * Appends an element to the root.
     *
     * @param element the element
     * @return this document
     */
    public SvgDocument add(SvgElement element) {
        root.add(element);
        return this;
    }

    /**
     * The document as XML text, without an XML declaration (UTF-8 is the default), ending with a
     * line feed.
     *
     * @return the text
     */
    public String toXml() {
        StringBuilder out = new StringBuilder(4096);
        root.write(out, 0);
        return out.toString();
    }

    /**
     * Writes the document atomically (a temporary file in the same directory, then an atomic move).
     *
     * @param file the {@code .svg} file; missing parent directories are created
     * @throws IOException when the file cannot be written
     */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, toXml());
    }
}
