package io.github.rnnmem.viz.layout;

/** Font sizes and spacing shared by every figure, in pixels. */
final class Metrics {

    /** Space between the figure's edge and anything drawn. */
    static final double PADDING = 16;
    /** Font size of the figure title. */
    static final double TITLE_SIZE = 16;
    /** Font size of axis titles. */
    static final double AXIS_TITLE_SIZE = 13;
    /** Font size of tick labels and of values written on bars. */
    static final double TICK_SIZE = 11;
    /** Font size of legend texts and bar category names. */
    static final double LEGEND_SIZE = 12;
    /** Line height as a multiple of the font size. */
    static final double LINE_HEIGHT = 1.25;
    /** Height above the baseline of digits and capitals, as a multiple of the font size. */
    static final double ASCENT = 0.75;
    /** Baseline offset that centres a line of text vertically on a point, as a multiple of the size. */
    static final double CENTRE_BASELINE = 0.35;
    /** Space between the title and the plot area. */
    static final double TITLE_GAP = 14;
    /** Length of a major tick mark, outside the plot area. */
    static final double TICK_LENGTH = 5;
    /** Length of a minor tick mark. */
    static final double MINOR_TICK_LENGTH = 3;
    /** Space between a tick mark and its label. */
    static final double TICK_GAP = 3;
    /** Space between tick labels and the axis title. */
    static final double AXIS_TITLE_GAP = 8;
    /** Space between the axis decorations and a legend. */
    static final double LEGEND_GAP = 18;
    /** Smallest free space wanted between neighbouring tick labels. */
    static final double LABEL_SPACING = 14;
    /** Smallest plot area height. */
    static final double MIN_PLOT_HEIGHT = 120;
    /** Smallest plot area width. */
    static final double MIN_PLOT_WIDTH = 160;
    /** Widest share of the figure a right legend or bar category names may take. */
    static final double SIDE_SHARE = 0.3;
    /** Most lines of a wrapped figure title. */
    static final int TITLE_LINES = 2;

    private Metrics() {}

    /**
     * Height of everything under a plot area's bottom edge that belongs to the x axis: tick marks,
     * tick labels and the axis title.
     *
     * @return the height
     */
    static double belowPlot() {
        return TICK_LENGTH + TICK_GAP + TICK_SIZE + AXIS_TITLE_GAP + AXIS_TITLE_SIZE;
    }
}
