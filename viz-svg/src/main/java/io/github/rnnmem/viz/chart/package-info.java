/**
 * The data of figures, as validated records: a {@link io.github.rnnmem.viz.chart.LineChart} of
 * {@link io.github.rnnmem.viz.chart.Series} (training curves, accuracy given known characters,
 * memory profiles) and a stacked {@link io.github.rnnmem.viz.chart.BarChart} (parameter counts).
 * They say what to show, never where: placement is {@link io.github.rnnmem.viz.layout}'s job.
 * Invalid data is rejected when the record is made, with an {@link IllegalArgumentException}
 * naming the chart, series or axis and the problem.
 */
package io.github.rnnmem.viz.chart;
