/**
 * The autocomplete task of the article, from corpus to mini-batches.
 *
 * <p>A {@link io.github.rnnmem.experiments.data.CorpusSource} (text8, downloaded once, local files,
 * or text with planted cues generated under a seed, {@link
 * io.github.rnnmem.experiments.data.PlantedCueCorpus}) is normalised to text8 form; {@link io.github.rnnmem.experiments.data.DatasetCache} packs
 * its words into sequences of at most {@code max_length} characters, each character targeting its
 * word's id in the output {@link io.github.rnnmem.experiments.data.Vocabulary}, splits them with a
 * seed, writes them to a checksummed binary file and memory-maps it as an {@link
 * io.github.rnnmem.experiments.data.AutocompleteDataset}. A {@link
 * io.github.rnnmem.experiments.data.BatchSampler} cuts a split into padded, masked {@link
 * io.github.rnnmem.experiments.data.Batch}es and can resume from a {@link
 * io.github.rnnmem.experiments.data.BatchCursor}. No engine type appears here: the trainer turns
 * batches into tensors.
 */
package io.github.rnnmem.experiments.data;
