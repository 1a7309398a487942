/**
 * SVG primitives: a small element tree ({@link io.github.rnnmem.viz.svg.SvgElement}) made through
 * {@link io.github.rnnmem.viz.svg.Svg}'s factories and serialised by {@link
 * io.github.rnnmem.viz.svg.SvgDocument}. Every text and attribute value is XML-escaped and every
 * number is written with {@link java.util.Locale#ROOT} and at most two decimals, so the output is
 * well-formed and the same on every machine.
 */
package io.github.rnnmem.viz.svg;
