/**
 * Scores of the output at chosen positions of test sequences, forward passes only: the target's
 * log-probability and rank, the top word, and the log-probabilities of a few chosen classes, with
 * the unit seeing the whole sequence or only a window of its last characters.
 */
package io.github.rnnmem.experiments.analysis.scores;
