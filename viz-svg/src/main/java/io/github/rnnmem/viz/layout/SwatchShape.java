package io.github.rnnmem.viz.layout;

/** How a legend key shows its colour. */
public enum SwatchShape {
    /** A short horizontal stroke with the key's dash and width, for lines. */
    LINE,
    /** A filled square, for bars. */
    BOX
}
