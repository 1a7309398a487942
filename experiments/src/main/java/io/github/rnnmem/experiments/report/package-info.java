/**
 * A run's report, drawn from the files of its run directory alone: the results table, the
 * figures (SVG) and one self-contained HTML page.
 */
package io.github.rnnmem.experiments.report;
