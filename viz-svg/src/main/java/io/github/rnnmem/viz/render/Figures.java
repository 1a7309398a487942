package io.github.rnnmem.viz.render;

import io.github.rnnmem.viz.chart.BarChart;
import io.github.rnnmem.viz.chart.LineChart;
import io.github.rnnmem.viz.layout.BarChartLayout;
import io.github.rnnmem.viz.layout.LineChartLayout;
import io.github.rnnmem.viz.svg.SvgDocument;

/**
 * Charts to SVG in one call: layout, then writer. Figures are 720 pixels wide by default, which
 * fits a report page and a slide; a line chart is 440 pixels tall unless its legend needs more.
 */
public final class Figures {

    /** Default figure width in pixels. */
    public static final double WIDTH = 720;
    /** Default line chart height in pixels. */
    public static final double HEIGHT = 440;

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
}
