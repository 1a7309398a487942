package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ContextAblation;
import io.github.rnnmem.viz.analysis.ContextAblationCharts;
import io.github.rnnmem.viz.analysis.KnownCharsChart;
import io.github.rnnmem.viz.analysis.KnownCharsResult;
import io.github.rnnmem.viz.analysis.MemoryProfile;
import io.github.rnnmem.viz.analysis.MemoryProfileCharts;
import io.github.rnnmem.viz.analysis.MemorySpan;
import io.github.rnnmem.viz.analysis.MemorySpanCharts;
import io.github.rnnmem.viz.chart.Band;
import io.github.rnnmem.viz.chart.BarChart;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.layout.BarChartLayout;
import io.github.rnnmem.viz.layout.ConnectivityLayout;
import io.github.rnnmem.viz.layout.LineChartLayout;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Charts to SVG in one call: layout, then writer. Figures are 720 pixels wide by default, which
 * fits a report page and a slide; a line chart is 440 pixels tall unless its legend needs more.
 * The analysis figures (connectivity, accuracy given known characters, memory profile, memory
 * span, context ablation) are drawn
 * from the records of {@link io.github.rnnmem.viz.analysis}.
 */
public final class Figures {

    /** Default figure width in pixels. */
    public static final double WIDTH = 720;
    /** Default line chart height in pixels. */
    public static final double HEIGHT = 440;
    /** Height wanted for the known-characters chart, whose legend takes up to three groups. */
    public static final double KNOWN_CHARS_HEIGHT = 500;
    /** Height wanted for panel (a) of the memory-profile figure, whose legend has two groups. */
    public static final double DISTANCE_PANEL_HEIGHT = 440;
    /** Height wanted for panel (b) of the memory-profile figure. */
    public static final double CONTEXT_PANEL_HEIGHT = 380;

    private Figures() {}

    /**
     * Draws a line chart at the default size.
     *
     * @param chart the chart
     * @return the SVG document
     */
    public static SvgDocument lineChart(LineChart chart) {
        return lineChart(chart, WIDTH, HEIGHT);
    }

    /**
     * Draws a line chart.
     *
     * @param chart the chart
     * @param width the figure width
     * @param height the figure height wanted (the legend may need more)
     * @return the SVG document
     */
    public static SvgDocument lineChart(LineChart chart, double width, double height) {
        return LineChartSvg.render(LineChartLayout.of(chart, width, height));
    }

    /**
     * Draws a bar chart at the default width; its height follows from the number of bars.
     *
     * @param chart the chart
     * @return the SVG document
     */
    public static SvgDocument barChart(BarChart chart) {
        return barChart(chart, WIDTH);
    }

    /**
     * Draws a bar chart.
     *
     * @param chart the chart
     * @param width the figure width
     * @return the SVG document
     */
    public static SvgDocument barChart(BarChart chart, double width) {
        return BarChartSvg.render(BarChartLayout.of(chart, width));
    }

    /**
     * Draws the connectivity figure at the default width: the text once per model, shaded by its
     * connectivity to the selected position, with each model's suggestions there.
     *
     * @param panels one panel per model, all of the same text
     * @param position the selected position, 0-based
     * @param scale how connectivity becomes colour
     * @return the SVG document
     */
    public static SvgDocument connectivity(List<ConnectivityPanel> panels, int position, ConnectivityScale scale) {
        return ConnectivitySvg.render(ConnectivityLayout.of(panels, position, scale, WIDTH));
    }

    /**
     * Draws accuracy given known characters at the default size (see {@link KnownCharsChart}).
     *
     * @param units the run's models
     * @param baseline the prefix-frequency baseline, or null for none
     * @param published published curves to draw beside them, such as the article's; may be empty
     * @return the SVG document
     */
    public static SvgDocument knownChars(List<KnownCharsResult> units, KnownCharsResult baseline,
            List<KnownCharsResult> published) {
        return lineChart(KnownCharsChart.of(units, baseline, published), WIDTH, KNOWN_CHARS_HEIGHT);
    }

    /**
     * Draws the memory-profile figure: panel (a) share by distance over panel (b) share on
     * earlier words, their plot areas aligned (see {@link MemoryProfileCharts}).
     *
     * @param profiles one profile per model, at least one
     * @return the SVG document
     */
    public static SvgDocument memoryProfile(List<MemoryProfile> profiles) {
        return memoryProfile(profiles, List.of(), List.of());
    }

    /**
     * Draws the memory-profile figure with bands around the curves, such as the interval of a mean
     * over seeds.
     *
     * @param profiles one profile per model, at least one
     * @param distanceBands bands of panel (a), over distances from 1; may be empty
     * @param contextBands bands of panel (b), over known characters; may be empty
     * @return the SVG document
     */
    public static SvgDocument memoryProfile(List<MemoryProfile> profiles, List<Band> distanceBands,
            List<Band> contextBands) {
        List<LineChart> panels = List.of(withBands(MemoryProfileCharts.byDistance(profiles), distanceBands),
                withBands(MemoryProfileCharts.context(profiles), contextBands));
        return LineChartSvg.stack(LineChartLayout.aligned(panels, WIDTH, List.of(DISTANCE_PANEL_HEIGHT, CONTEXT_PANEL_HEIGHT)));
    }

    private static LineChart withBands(LineChart chart, List<Band> bands) {
        List<Band> all = new ArrayList<>(chart.bands());
        all.addAll(bands);
        return new LineChart(chart.title(), chart.x(), chart.y(), chart.series(), all, chart.legend());
    }

    /**
     * Draws the memory-span figure: panel (a) the answer's accuracy by distance from its cue over
     * panel (b) the cue's relative connectivity (see {@link MemorySpanCharts}).
     *
     * @param spans one per model, at least one
     * @param chance the accuracy of a guess among the answers
     * @param level the accuracy the memory span asks for
     * @param knownChars the known characters of the answer where accuracy is measured
     * @return the SVG document
     */
    public static SvgDocument memorySpan(List<MemorySpan> spans, double chance, double level, int knownChars) {
        List<LineChart> panels = List.of(MemorySpanCharts.accuracy(spans, chance, level, knownChars),
                MemorySpanCharts.connectivity(spans));
        return LineChartSvg.stack(LineChartLayout.aligned(panels, WIDTH, List.of(DISTANCE_PANEL_HEIGHT, CONTEXT_PANEL_HEIGHT)));
    }

    /**
     * Draws the context-ablation figure: panel (a) the loss increase by window over panel (b) the
     * share of connectivity beyond it (see {@link ContextAblationCharts}).
     *
     * @param ablations one per model, at least one
     * @param tolerance the loss increase the effective context span allows
     * @param shareTolerance the share beyond a window the connectivity span allows
     * @return the SVG document
     */
    public static SvgDocument contextAblation(List<ContextAblation> ablations, double tolerance, double shareTolerance) {
        List<LineChart> panels = List.of(ContextAblationCharts.lossIncrease(ablations, tolerance),
                ContextAblationCharts.shareBeyond(ablations, shareTolerance));
        return LineChartSvg.stack(LineChartLayout.aligned(panels, WIDTH, List.of(DISTANCE_PANEL_HEIGHT, CONTEXT_PANEL_HEIGHT)));
    }
}
