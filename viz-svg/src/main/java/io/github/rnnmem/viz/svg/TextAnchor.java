package io.github.rnnmem.viz.svg;

/** Which point of a text its x coordinate gives, as SVG's {@code text-anchor}. */
public enum TextAnchor {
    /** The x coordinate is where the text starts. */
    START("start"),
    /** The x coordinate is the middle of the text. */
    MIDDLE("middle"),
    /** The x coordinate is where the text ends. */
    END("end");

    private final String value;

    TextAnchor(String value) {
        this.value = value;
    }

    /**
     * The attribute value.
     *
     * @return {@code start}, {@code middle} or {@code end}
     */
    public String value() {
        return value;
    }
}
