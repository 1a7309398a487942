package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.data.internal.SequencePacking;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;

/** Writes an {@link EncodedTask} in the binary format of {@link FileLayout}, and maps such a file. */
final class DatasetFile {

    /** The format version; a file of another version is rebuilt. */
    static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = "RNNMEMDS".getBytes(StandardCharsets.US_ASCII);

    private DatasetFile() {}

    /**
     * Writes a task to a file.
     *
     * @param task the task
     * @param key the cache key, stored to be checked on loading
     * @param file the file, created or overwritten
     * @param progress where progress in bytes is shown
     * @throws BadInputException when the dataset is too large for one file
     */
    static void write(EncodedTask task, String key, Path file, ProgressReporter progress) throws IOException {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        byte[] vocabularyText = String.join("", task.vocabulary()).getBytes(StandardCharsets.US_ASCII);
        SequencePacking packing = task.packing();
        DatasetStatistics statistics = task.statistics();
        FileLayout layout = new FileLayout(
                keyBytes.length,
                packing.count(),
                task.vocabulary().size(),
                vocabularyText.length,
                statistics.targets(),
                statistics.words());
        if (layout.fileLength() > Integer.MAX_VALUE) {
            throw new BadInputException(String.format(
                    Locale.ROOT,
                    "the encoded dataset would take %,d bytes, more than the %,d one dataset file holds;"
                            + " lower corpus.limit_chars",
                    layout.fileLength(),
                    Integer.MAX_VALUE));
        }
        try (FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                ProgressTask bytes = progress.start(
                        "writing dataset", layout.fileLength() - FileLayout.UNCHECKED_HEADER, "bytes")) {
            ChecksummedOutput out = new ChecksummedOutput(channel, FileLayout.UNCHECKED_HEADER, bytes);
            out.putInt(keyBytes.length);
            out.putInt(layout.sequences());
            out.putInt(layout.vocabularyWords());
            out.putInt(layout.vocabularyBytes());
            out.putLong(layout.characters());
            out.putLong(layout.wordOccurrences());
            for (long value : statisticsValues(statistics)) {
                out.putLong(value);
            }
            out.putBytes(keyBytes);
            writeSequenceIndex(out, layout, packing, task.order());
            out.padTo(layout.vocabularyOffsets());
            int offset = 0;
            out.putInt(0);
            for (String word : task.vocabulary()) {
                offset += word.length();
                out.putInt(offset);
            }
            out.padTo(layout.vocabularyText());
            out.putBytes(vocabularyText);
            out.padTo(layout.inputs());
            writeInputs(out, task);
            out.padTo(layout.targets());
            writeTargets(out, task);
            out.padTo(layout.fileLength());
            out.flush();
            ByteBuffer header = ByteBuffer.allocate(FileLayout.UNCHECKED_HEADER).order(ByteOrder.LITTLE_ENDIAN);
            header.put(MAGIC).putInt(FORMAT_VERSION).putInt(out.checksum()).putLong(layout.fileLength()).flip();
            channel.write(header, 0);
            channel.force(true);
        }
    }

    /**
     * Maps a dataset file after checking its format, checksum and key.
     *
     * @param file the file
     * @param key the cache key it must have been written with
     * @return the dataset
     * @throws UnusableCacheException when the file is corrupt, truncated, of another format
     *     version or written for another key
     */
    static AutocompleteDataset open(Path file, String key) throws IOException, UnusableCacheException {
        MappedByteBuffer map;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < FileLayout.KEY || size > Integer.MAX_VALUE) {
                throw new UnusableCacheException(String.format(Locale.ROOT, "has an impossible size of %,d bytes", size));
            }
            map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        map.order(ByteOrder.LITTLE_ENDIAN);
        checkHeader(map);
        String stored = new String(bytes(map, FileLayout.KEY, map.getInt(24)), StandardCharsets.UTF_8);
        if (!stored.equals(key)) {
            throw new UnusableCacheException("was made for another corpus or other settings (stale)");
        }
        FileLayout layout = new FileLayout(
                map.getInt(24), map.getInt(28), map.getInt(32), map.getInt(36), map.getLong(40), map.getLong(48));
        if (layout.fileLength() != map.capacity()) {
            throw new UnusableCacheException("has sections that do not add up to its length");
        }
        DatasetSections sections = new DatasetSections(
                slice(map, layout.inputs(), layout.characters()),
                ints(map, layout.charStarts(), layout.sequences() + 1),
                ints(map, layout.wordStarts(), layout.sequences() + 1),
                ints(map, layout.positions(), layout.sequences()),
                ints(map, layout.targets(), layout.wordOccurrences()));
        return new AutocompleteDataset(file, key, vocabulary(map, layout), readStatistics(map), sections);
    }

    private static void checkHeader(MappedByteBuffer map) throws UnusableCacheException {
        if (!Arrays.equals(bytes(map, 0, MAGIC.length), MAGIC)) {
            throw new UnusableCacheException("is not an rnnmem dataset file");
        }
        int version = map.getInt(8);
        if (version != FORMAT_VERSION) {
            throw new UnusableCacheException(
                    "has format version " + version + ", but this rnnmem reads version " + FORMAT_VERSION + " (stale)");
        }
        long length = map.getLong(16);
        if (length != map.capacity()) {
            throw new UnusableCacheException(String.format(
                    Locale.ROOT, "has %,d bytes where its header says %,d (truncated or corrupt)", map.capacity(), length));
        }
        CRC32C crc = new CRC32C();
        crc.update(map.slice(FileLayout.UNCHECKED_HEADER, map.capacity() - FileLayout.UNCHECKED_HEADER));
        if ((int) crc.getValue() != map.getInt(12)) {
            throw new UnusableCacheException("fails its checksum (corrupt)");
        }
    }

    private static void writeSequenceIndex(ChecksummedOutput out, FileLayout layout, SequencePacking packing, int[] order)
            throws IOException {
        out.padTo(layout.charStarts());
        int chars = 0;
        out.putInt(chars);
        for (int sequence : order) {
            chars += packing.lengths()[sequence];
            out.putInt(chars);
        }
        out.padTo(layout.wordStarts());
        int words = 0;
        out.putInt(words);
        for (int sequence : order) {
            words += packing.firstWords()[sequence + 1] - packing.firstWords()[sequence];
            out.putInt(words);
        }
        out.padTo(layout.positions());
        for (int sequence : order) {
            out.putInt(sequence);
        }
    }

    /** Each sequence's input ids: the space, then its slice of the text (words and single spaces). */
    private static void writeInputs(ChecksummedOutput out, EncodedTask task) throws IOException {
        byte[] text = task.text().bytes();
        SequencePacking packing = task.packing();
        for (int sequence : task.order()) {
            int start = packing.textStarts()[sequence];
            int end = start + packing.lengths()[sequence] - 1;
            out.putByte((byte) InputAlphabet.SPACE);
            for (int c = start; c < end; c++) {
                out.putByte(InputAlphabet.idOfTextByte(text[c]));
            }
        }
    }

    private static void writeTargets(ChecksummedOutput out, EncodedTask task) throws IOException {
        int[] occurrences = task.words().occurrences();
        int[] firstWords = task.packing().firstWords();
        for (int sequence : task.order()) {
            for (int o = firstWords[sequence]; o < firstWords[sequence + 1]; o++) {
                out.putInt(task.outputIds()[occurrences[o]]);
            }
        }
    }

    private static long[] statisticsValues(DatasetStatistics s) {
        return new long[] {
            s.characters(), s.words(), s.distinctWords(), s.maxLength(), s.vocabularyRequested(), s.vocabularyUsed(),
            s.knownWords(), s.targets(), s.unknownTargets(), s.trainSequences(), s.validSequences(), s.testSequences(),
            s.longestSequence()
        };
    }

    private static DatasetStatistics readStatistics(ByteBuffer map) {
        long[] v = new long[FileLayout.STATISTICS_VALUES];
        for (int i = 0; i < v.length; i++) {
            v[i] = map.getLong(56 + 8 * i);
        }
        return new DatasetStatistics(
                v[0], v[1], v[2], (int) v[3], (int) v[4], (int) v[5], v[6], v[7], v[8], (int) v[9], (int) v[10],
                (int) v[11], (int) v[12]);
    }

    private static Vocabulary vocabulary(ByteBuffer map, FileLayout layout) {
        IntBuffer offsets = ints(map, layout.vocabularyOffsets(), layout.vocabularyWords() + 1);
        byte[] text = bytes(map, layout.vocabularyText(), layout.vocabularyBytes());
        List<String> words = new ArrayList<>(layout.vocabularyWords());
        for (int w = 0; w < layout.vocabularyWords(); w++) {
            words.add(new String(text, offsets.get(w), offsets.get(w + 1) - offsets.get(w), StandardCharsets.US_ASCII));
        }
        return new Vocabulary(words);
    }

    private static ByteBuffer slice(ByteBuffer map, long offset, long length) {
        return map.slice((int) offset, (int) length).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static IntBuffer ints(ByteBuffer map, long offset, long count) {
        return slice(map, offset, 4 * count).asIntBuffer();
    }

    private static byte[] bytes(ByteBuffer map, long offset, int length) {
        byte[] bytes = new byte[length];
        map.get((int) offset, bytes);
        return bytes;
    }
}
