/** The words a unit suggests along a text, as the article's autocomplete demo shows them. */
package io.github.rnnmem.experiments.analysis.suggestions;
