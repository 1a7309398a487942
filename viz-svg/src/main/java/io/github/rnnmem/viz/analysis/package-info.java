/**
 * The results of the analyses as figures need them, in plain validated records: connectivity of a
 * text ({@link io.github.rnnmem.viz.analysis.ConnectivityPanel} of {@link
 * io.github.rnnmem.viz.analysis.ConnectivityStep}), accuracy given known characters ({@link
 * io.github.rnnmem.viz.analysis.KnownCharsResult}) and memory profiles ({@link
 * io.github.rnnmem.viz.analysis.MemoryProfile}), each tagged with its model ({@link
 * io.github.rnnmem.viz.analysis.UnitTag}).
 *
 * <p>The line charts of these results are built here from the records ({@link
 * io.github.rnnmem.viz.analysis.KnownCharsChart}, {@link
 * io.github.rnnmem.viz.analysis.MemoryProfileCharts}) as {@link io.github.rnnmem.viz.chart} data,
 * and laid out and drawn like every other chart; the connectivity figure has a layout of its own
 * ({@link io.github.rnnmem.viz.layout.ConnectivityLayout}). {@link
 * io.github.rnnmem.viz.render.Figures} draws each in one call.
 */
package io.github.rnnmem.viz.analysis;
