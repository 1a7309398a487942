/**
 * The memory span on planted cues: how far back a unit remembers a cue word that decides an answer
 * word further on, measured by the answer's accuracy against the distance, with the cue's
 * connectivity beside it; for units trained on a planted-cue corpus.
 */
package io.github.rnnmem.experiments.analysis.memoryspan;
