/**
 * The run report: one self-contained HTML page ({@link io.github.rnnmem.viz.report.Report}) with
 * key facts, sections of text, tables and inline SVG figures, and optionally an inline script. It
 * loads nothing from elsewhere, so it can be mailed or archived as one file.
 */
package io.github.rnnmem.viz.report;
