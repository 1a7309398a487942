/**
 * Connectivity: the gradient of an output's score with respect to every earlier input, computed
 * in batched backward passes, and the article's connectivity figure data for a text.
 */
package io.github.rnnmem.experiments.analysis.connectivity;
