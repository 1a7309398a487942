/**
 * Accuracy given the number of known characters of the word, for every unit and for the
 * prefix-frequency baseline, with Wilson intervals and both treatments of {@code <unknown>}.
 */
package io.github.rnnmem.experiments.analysis.knownchars;
