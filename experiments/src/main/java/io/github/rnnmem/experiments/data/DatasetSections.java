package io.github.rnnmem.experiments.data;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;

/**
 * The mapped arrays of a dataset file. Sequences are stored split by split; sequence {@code s}
 * (in file order) has input ids {@code inputs[charStarts[s] .. charStarts[s+1])} and the target
 * ids of its words {@code targets[wordStarts[s] .. wordStarts[s+1])}.
 *
 * @param inputs the input id of every sequence character
 * @param charStarts per sequence, where its characters start; one more entry for the end
 * @param wordStarts per sequence, where its words' targets start; one more entry for the end
 * @param positions per sequence, its index among all sequences in corpus order
 * @param targets the output id of every word occurrence, in sequence order
 */
record DatasetSections(ByteBuffer inputs, IntBuffer charStarts, IntBuffer wordStarts, IntBuffer positions, IntBuffer targets) {}
