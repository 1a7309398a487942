package io.github.rnnmem.experiments.data.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The words of a text in text8 form, counted without creating a string per word.
 *
 * <p>Words are the runs between single spaces. Each distinct word gets a dense index in order of
 * first appearance; the index keeps, per distinct word, where it first occurs, its length and its
 * count, and, per occurrence, the distinct index. An open-addressing hash table over the text's
 * bytes finds a word's index; it doubles when half full.
 */
public final class WordIndex {

    private final byte[] text;
    private final int[] occurrences;
    private final int[] offsets;
    private final int[] lengths;
    private final long[] counts;

    private WordIndex(byte[] text, int[] occurrences, int[] offsets, int[] lengths, long[] counts) {
        this.text = text;
        this.occurrences = occurrences;
        this.offsets = offsets;
        this.lengths = lengths;
        this.counts = counts;
    }

    /**
     * Counts the words of a text.
     *
     * @param text the text in text8 form
     * @param length how many leading bytes of {@code text} to read
     * @return the index
     */
    public static WordIndex of(byte[] text, int length) {
        return new Builder(text).build(length);
    }

    /**
     * How many words the text has.
     *
     * @return the number of occurrences
     */
    public int occurrenceCount() {
        return occurrences.length;
    }

    /**
     * The distinct index of each word occurrence, in text order.
     *
     * @return the array, not a copy
     */
    public int[] occurrences() {
        return occurrences;
    }

    /**
     * How many distinct words the text has.
     *
     * @return the count
     */
    public int distinctCount() {
        return lengths.length;
    }

    /**
     * The length of each distinct word.
     *
     * @return the array, not a copy
     */
    public int[] lengths() {
        return lengths;
    }

    /**
     * How often a distinct word occurs.
     *
     * @param word the distinct index
     * @return the count
     */
    public long count(int word) {
        return counts[word];
    }

    /**
     * A distinct word's text.
     *
     * @param word the distinct index
     * @return the word
     */
    public String word(int word) {
        return new String(text, offsets[word], lengths[word], StandardCharsets.US_ASCII);
    }

    /**
     * Compares two distinct words in their natural (alphabetical) order.
     *
     * @param a one distinct index
     * @param b another
     * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
     */
    public int compareWords(int a, int b) {
        return Arrays.compare(
                text, offsets[a], offsets[a] + lengths[a], text, offsets[b], offsets[b] + lengths[b]);
    }

    /** Fills the arrays of an index in one pass over the text. */
    private static final class Builder {

        private final byte[] text;
        private final IntList offsets = new IntList(1 << 12);
        private final IntList lengths = new IntList(1 << 12);
        private final IntList hashes = new IntList(1 << 12);
        private long[] counts = new long[1 << 12];
        private int[] slots = new int[1 << 13];

        Builder(byte[] text) {
            this.text = text;
        }

        WordIndex build(int length) {
            IntList occurrences = new IntList(Math.max(16, length / 5));
            int start = 0;
            for (int i = 0; i <= length; i++) {
                if (i == length || text[i] == ' ') {
                    if (i > start) {
                        occurrences.add(find(start, i - start));
                    }
                    start = i + 1;
                }
            }
            int distinct = lengths.size();
            return new WordIndex(
                    text, occurrences.toArray(), offsets.toArray(), lengths.toArray(), Arrays.copyOf(counts, distinct));
        }

        /** The distinct index of a word, added when new, with its count raised by one. */
        private int find(int offset, int length) {
            int hash = hash(offset, length);
            int mask = slots.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int entry = slots[slot];
                if (entry == 0) {
                    return add(slot, hash, offset, length);
                }
                int word = entry - 1;
                if (hashes.get(word) == hash && sameWord(word, offset, length)) {
                    counts[word]++;
                    return word;
                }
            }
        }

        private int add(int slot, int hash, int offset, int length) {
            int word = lengths.size();
            offsets.add(offset);
            lengths.add(length);
            hashes.add(hash);
            if (word == counts.length) {
                counts = Arrays.copyOf(counts, 2 * word);
            }
            counts[word] = 1;
            slots[slot] = word + 1;
            if (2 * (word + 1) > slots.length) {
                rehash();
            }
            return word;
        }

        private boolean sameWord(int word, int offset, int length) {
            int at = offsets.get(word);
            return lengths.get(word) == length && Arrays.equals(text, at, at + length, text, offset, offset + length);
        }

        private void rehash() {
            slots = new int[2 * slots.length];
            int mask = slots.length - 1;
            for (int word = 0; word < lengths.size(); word++) {
                int slot = hashes.get(word) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = word + 1;
            }
        }

        /** A 31-polynomial over the bytes, finished by a multiplicative mix of its high bits. */
        private int hash(int offset, int length) {
            int h = 0;
            for (int i = offset; i < offset + length; i++) {
                h = 31 * h + text[i];
            }
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
