package io.github.rnnmem.experiments.analysis.connectivity;

import io.github.rnnmem.experiments.config.ConnectivityConfig;

/**
 * What the connectivity of the analysed text depends on.
 *
 * @param connectivity the text and how its connectivity is computed ({@code analysis.connectivity})
 * @param topK how many suggestions are kept with each position ({@code analysis.suggestions.top_k})
 */
public record ConnectivitySettings(ConnectivityConfig connectivity, int topK) {}
