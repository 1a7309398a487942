/**
 * Memory profiles: where connectivity lies over many test sequences, by distance and by the
 * number of known characters, for the trained and the initial weights of a unit.
 */
package io.github.rnnmem.experiments.analysis.memory;
