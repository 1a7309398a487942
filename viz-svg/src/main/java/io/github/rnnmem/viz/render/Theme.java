package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.colour.Colour;

/** The look shared by every figure: font and neutral colours. */
final class Theme {

    /**
     * Monospace fonts whose characters advance 0.6 em, as the layout measures text, with the generic
     * family last.
     */
    static final String FONT_FAMILY = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace";
    /** Background of the whole figure. */
    static final Colour BACKGROUND = Colour.WHITE;
    /** Titles, labels and legend texts. */
    static final Colour TEXT = Colour.parse("#222222");
    /** Tick labels, a little lighter than other text. */
    static final Colour TICK_TEXT = Colour.parse("#555555");
    /** Axis lines and tick marks. */
    static final Colour AXIS = Colour.parse("#666666");
    /** Grid lines at major ticks. */
    static final Colour GRID = Colour.parse("#E3E3E3");
    /** Grid lines at minor ticks. */
    static final Colour MINOR_GRID = Colour.parse("#F2F2F2");
    /** Width of axis lines and tick marks. */
    static final double AXIS_WIDTH = 1;
    /** Width of grid lines. */
    static final double GRID_WIDTH = 1;

    private Theme() {}
}
