/**
 * Scoring a trained model on a split: cross entropy and accuracy, masked and as the article counts;
 * and what a metric does over the seeds a model was trained with ({@link
 * io.github.rnnmem.experiments.evaluation.SeedSpread}).
 */
package io.github.rnnmem.experiments.evaluation;
