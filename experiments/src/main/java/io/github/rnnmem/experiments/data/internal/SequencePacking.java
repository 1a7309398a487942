package io.github.rnnmem.experiments.data.internal;

/**
 * Words packed greedily into sequences.
 *
 * <p>Starting from an empty sequence, each word {@code w} in text order is appended as {@code ' '
 * + w}, after closing the current sequence when its length plus {@code 1 + len(w)} would exceed
 * the maximum length. The last sequence is kept. So every sequence starts with a space, has at
 * most the maximum length and holds whole words only; since the text's words are separated by
 * single spaces, sequence {@code s} is the text's characters {@code [textStart(s), textStart(s) +
 * length(s) - 1)} preceded by one space.
 *
 * @param firstWords for each sequence, the index of its first word occurrence, then the number of
 *     occurrences (so sequence {@code s} holds occurrences {@code [firstWords[s],
 *     firstWords[s+1])})
 * @param textStarts for each sequence, the text offset of its first word
 * @param lengths for each sequence, its length in characters, the leading space included
 */
public record SequencePacking(int[] firstWords, int[] textStarts, int[] lengths) {

    /**
     * Packs words.
     *
     * @param occurrences the distinct index of each word occurrence, in text order
     * @param wordLengths the length of each distinct word
     * @param maxLength the most characters of a sequence
     * @return the packing
     * @throws IllegalArgumentException when a word does not fit: {@code 1 + len(w) > maxLength}
     */
    public static SequencePacking pack(int[] occurrences, int[] wordLengths, int maxLength) {
        IntList firstWords = new IntList(1 << 10);
        IntList textStarts = new IntList(1 << 10);
        IntList lengths = new IntList(1 << 10);
        int current = 0;
        int textPosition = 0;
        for (int i = 0; i < occurrences.length; i++) {
            int length = wordLengths[occurrences[i]];
            if (1 + length > maxLength) {
                throw new IllegalArgumentException(
                        "word occurrence " + i + " has " + length + " letters, too many for sequences of " + maxLength);
            }
            if (current == 0 || current + 1 + length > maxLength) {
                if (current > 0) {
                    lengths.add(current);
                }
                firstWords.add(i);
                textStarts.add(textPosition);
                current = 0;
            }
            current += 1 + length;
            textPosition += length + 1;
        }
        if (current > 0) {
            lengths.add(current);
        }
        firstWords.add(occurrences.length);
        return new SequencePacking(firstWords.toArray(), textStarts.toArray(), lengths.toArray());
    }

    /**
     * How many sequences there are.
     *
     * @return the count
     */
    public int count() {
        return lengths.length;
    }
}
