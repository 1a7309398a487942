/**
 * The analyses run on trained units: what connectivity, accuracy given known characters, memory
 * profiles, context ablation and, on planted cues, the memory span show of how a unit uses its
 * memory. {@link
 * io.github.rnnmem.experiments.analysis.Analysis} is the seam: each analysis, in its own
 * subpackage, computes one JSON file from a {@link io.github.rnnmem.experiments.analysis.TrainedUnit};
 * the run stages call them without knowing which they are.
 */
package io.github.rnnmem.experiments.analysis;
