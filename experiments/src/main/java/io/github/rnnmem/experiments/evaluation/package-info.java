/** Scoring a trained model on a split: cross entropy and accuracy, masked and as the article counts. */
package io.github.rnnmem.experiments.evaluation;
