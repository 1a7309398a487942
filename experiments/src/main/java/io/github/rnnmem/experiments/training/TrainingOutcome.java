package io.github.rnnmem.experiments.training;

/**
 * How training of one unit ended.
 *
 * @param steps the optimizer updates done in all sessions
 * @param seconds the training time of all sessions
 * @param resumedFrom the step this session started from (0 for a fresh start)
 * @param alreadyFinished whether a finished checkpoint was found and nothing was trained
 */
public record TrainingOutcome(long steps, double seconds, long resumedFrom, boolean alreadyFinished) {}
