package io.github.rnnmem.viz.chart;

/** Where a legend goes: always outside the plot area, so that it never hides data. */
public enum LegendPlacement {
    /** A column right of the plot area, top-aligned with it. */
    RIGHT,
    /** Rows under the x axis title, centred under the plot area; each group starts a row. */
    BOTTOM
}
