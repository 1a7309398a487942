/**
 * Context ablation, the causal check of connectivity: how much worse a unit predicts when it sees
 * only the last {@code d} characters, beside the share of its connectivity that lies beyond {@code
 * d}, and the two spans these give.
 */
package io.github.rnnmem.experiments.analysis.ablation;
