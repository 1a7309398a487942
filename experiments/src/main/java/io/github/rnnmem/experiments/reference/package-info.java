/**
 * The published results of "Visualizing memorization in RNNs" (Madsen, Distill 2019), shipped
 * as resources with their MIT licence notice, read into the figure records of {@link
 * io.github.rnnmem.viz.analysis} so that a report can draw the article's own numbers beside a
 * run's units, labelled as published.
 */
package io.github.rnnmem.experiments.reference;
