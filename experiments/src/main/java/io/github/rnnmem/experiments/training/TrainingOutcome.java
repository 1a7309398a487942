package io.github.rnnmem.experiments.training;

/**
 * How training of one unit ended.
 *
 * @param steps the optimizer updates done in every invocation of the run
 * @param seconds the training time of every invocation of the run
 * @param resumedFrom the step this invocation started from (0 for a fresh start)
 * @param alreadyFinished whether a finished checkpoint was found and nothing was trained
 */
public record TrainingOutcome(long steps, double seconds, long resumedFrom, boolean alreadyFinished) {}
