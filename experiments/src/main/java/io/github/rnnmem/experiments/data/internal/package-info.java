/**
 * The algorithms behind the autocomplete data layer, free of its public types: strict UTF-8
 * checking, the streaming text8 normaliser, reading corpus files (plain, {@code .gz}, {@code
 * .zip}, directories), downloading text8, counting words, greedy sequence packing, the seeded
 * generator that shuffles sequences, and the writer of planted-cue sentences.
 */
package io.github.rnnmem.experiments.data.internal;
