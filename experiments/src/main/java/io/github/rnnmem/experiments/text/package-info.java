/** Plain-text output for people: aligned tables and number formats. */
package io.github.rnnmem.experiments.text;
