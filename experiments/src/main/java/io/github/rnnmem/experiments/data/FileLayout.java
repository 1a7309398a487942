package io.github.rnnmem.experiments.data;

/**
 * Where each part of a dataset file lies, from its counts. All numbers are little-endian; every
 * section starts at a multiple of 8 bytes.
 *
 * <pre>
 *   0  8 bytes   magic "RNNMEMDS"
 *   8  int       format version
 *  12  int       CRC32C of every byte from offset 24 to the end
 *  16  long      file length
 *  24  int       key length in bytes
 *  28  int       sequences
 *  32  int       vocabulary words
 *  36  int       vocabulary text bytes
 *  40  long      characters (sequence inputs)
 *  48  long      word occurrences (sequence targets)
 *  56  13 longs  statistics, in the order of the record's components
 * 160  bytes     key (UTF-8): corpus fingerprint, settings and format
 *      int[sequences + 1]        charStarts
 *      int[sequences + 1]        wordStarts
 *      int[sequences]            positions (corpus order)
 *      int[vocabulary words + 1] vocabulary text offsets
 *      bytes                     vocabulary text (ASCII words, concatenated)
 *      bytes[characters]         input ids
 *      int[word occurrences]     target ids
 * </pre>
 *
 * @param keyLength the key's length in bytes
 * @param sequences the number of sequences
 * @param vocabularyWords the number of kept words
 * @param vocabularyBytes the bytes of the kept words together
 * @param characters the characters of all sequences
 * @param wordOccurrences the word occurrences of all sequences
 */
record FileLayout(
        int keyLength, int sequences, int vocabularyWords, int vocabularyBytes, long characters, long wordOccurrences) {

    /** The bytes that the checksum does not cover: magic, version, checksum and length. */
    static final int UNCHECKED_HEADER = 24;
    /** How many statistics values the header holds. */
    static final int STATISTICS_VALUES = 13;
    /** Where the key starts. */
    static final int KEY = 56 + 8 * STATISTICS_VALUES;

    long charStarts() {
        return align(KEY + (long) keyLength);
    }

    long wordStarts() {
        return align(charStarts() + 4L * (sequences + 1));
    }

    long positions() {
        return align(wordStarts() + 4L * (sequences + 1));
    }

    long vocabularyOffsets() {
        return align(positions() + 4L * sequences);
    }

    long vocabularyText() {
        return align(vocabularyOffsets() + 4L * (vocabularyWords + 1));
    }

    long inputs() {
        return align(vocabularyText() + vocabularyBytes);
    }

    long targets() {
        return align(inputs() + characters);
    }

    long fileLength() {
        return align(targets() + 4L * wordOccurrences);
    }

    private static long align(long offset) {
        return (offset + 7) & ~7L;
    }
}
