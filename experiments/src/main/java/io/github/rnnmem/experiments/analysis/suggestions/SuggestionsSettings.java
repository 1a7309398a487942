package io.github.rnnmem.experiments.analysis.suggestions;

import io.github.rnnmem.experiments.config.SuggestionsConfig;

/**
 * What the suggestions along the analysed text depend on.
 *
 * @param suggestions how many words are suggested ({@code analysis.suggestions})
 * @param text the analysed text ({@code analysis.connectivity.text})
 */
public record SuggestionsSettings(SuggestionsConfig suggestions, String text) {}
