/** Figures as SVG text, drawn from plain data records: data, then layout, then writer. */
package io.github.rnnmem.viz;
