/**
 * Writers: turn a placed chart ({@link io.github.rnnmem.viz.layout}) into an {@link
 * io.github.rnnmem.viz.svg.SvgDocument}, adding only the look (font, greys, grid) and never moving
 * anything. {@link io.github.rnnmem.viz.render.Figures} runs layout and writer in one call.
 */
package io.github.rnnmem.viz.render;
