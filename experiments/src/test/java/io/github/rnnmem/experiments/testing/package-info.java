/** Test fixtures: generated corpora with known structure. */
package io.github.rnnmem.experiments.testing;
