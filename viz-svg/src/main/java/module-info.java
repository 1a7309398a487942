/**
 * rnnmem's figures: plain data records in, SVG text and one self-contained HTML report out. No
 * deep-learning library is needed here.
 *
 * <p>A figure goes through three steps: a data record ({@link io.github.rnnmem.viz.chart}) is laid
 * out by a pure function ({@link io.github.rnnmem.viz.layout}) into coordinates, ticks and colours,
 * which a writer ({@link io.github.rnnmem.viz.render}) turns into SVG ({@link
 * io.github.rnnmem.viz.svg}). The results of the analyses (connectivity, accuracy given known
 * characters, memory profiles) come as records of {@link io.github.rnnmem.viz.analysis}. {@link io.github.rnnmem.viz.report} puts figures, tables and text on
 * one HTML page.
 */
module io.github.rnnmem.viz {
    exports io.github.rnnmem.viz.analysis;
    exports io.github.rnnmem.viz.chart;
    exports io.github.rnnmem.viz.colour;
    exports io.github.rnnmem.viz.layout;
    exports io.github.rnnmem.viz.render;
    exports io.github.rnnmem.viz.report;
    exports io.github.rnnmem.viz.scale;
    exports io.github.rnnmem.viz.svg;
}
