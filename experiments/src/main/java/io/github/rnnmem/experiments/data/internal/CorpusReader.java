package io.github.rnnmem.experiments.data.internal;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads corpus files into one text in text8 form (see {@link Text8Normaliser}).
 *
 * <p>Each file is strict UTF-8 text; a file whose first {@value #PROBE_BYTES} bytes hold a NUL
 * byte is binary and refused. A {@code .gz} file is read gunzipped. A {@code .zip} archive
 * contributes each of its text entries in name order: directories, hidden entries and entries
 * that are binary by the same test are skipped, and an archive left with no entry is refused.
 * Reading stops as soon as the character limit is reached.
 */
public final class CorpusReader {

    /** The most characters a normalised corpus may have. */
    public static final int MAX_CHARS = 500_000_000;
    /** How many leading bytes of a file are searched for NUL bytes. */
    public static final int PROBE_BYTES = 8192;

    private static final int BLOCK_BYTES = 1 << 16;

    private final Text8Normaliser normaliser;
    private final ProgressTask task;
    private final byte[] block = new byte[BLOCK_BYTES];

    private CorpusReader(Text8Normaliser normaliser, ProgressTask task) {
        this.normaliser = normaliser;
        this.task = task;
    }

    /**
     * Reads and normalises a corpus.
     *
     * @param name the corpus, for messages
     * @param files its files, in order
     * @param limitChars keep only this many leading characters, cut back to a whole word; a value
     *     {@code <= 0} keeps all
     * @param progress where progress in bytes read is shown
     * @return the text, not empty
     * @throws BadInputException for a file that cannot be read or is not UTF-8 text, or when the
     *     text is empty or longer than {@value #MAX_CHARS} characters
     */
    public static NormalisedBytes read(
            String name, List<CorpusFile> files, long limitChars, ProgressReporter progress) {
        boolean limited = limitChars > 0 && limitChars <= MAX_CHARS;
        int capacity = limited ? (int) limitChars + 1 : MAX_CHARS + 1;
        long total = files.stream().mapToLong(CorpusFile::size).sum();
        Text8Normaliser normaliser = new Text8Normaliser(capacity);
        try (ProgressTask task = progress.start("reading corpus", total, "bytes")) {
            CorpusReader reader = new CorpusReader(normaliser, task);
            for (CorpusFile file : files) {
                if (normaliser.full()) {
                    break;
                }
                reader.readFile(file);
            }
        }
        if (normaliser.full() && !limited) {
            throw new BadInputException(String.format(
                    Locale.ROOT,
                    "%s: the text has more than %,d characters, the most one dataset holds;"
                            + " set corpus.limit_chars to at most %,d",
                    name,
                    MAX_CHARS,
                    MAX_CHARS));
        }
        int length = normaliser.length(limitChars);
        if (length == 0) {
            throw new BadInputException(
                    name + ": the corpus is empty: it holds no letters a-z or digits"
                            + (limitChars > 0 ? " within corpus.limit_chars " + limitChars : ""));
        }
        return new NormalisedBytes(normaliser.output().array(), length);
    }

    private void readFile(CorpusFile file) {
        String name = file.path().toString();
        try {
            if (file.zip()) {
                readZip(file);
            } else if (file.gzip()) {
                try (InputStream in = new GZIPInputStream(counted(file))) {
                    readText(name + " (gunzipped)", in, false);
                }
            } else {
                try (InputStream in = counted(file)) {
                    readText(name, in, false);
                }
            }
        } catch (ZipException e) {
            throw new BadInputException(name + ": not a valid " + (file.zip() ? "zip" : "gzip") + " file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void readZip(CorpusFile file) throws IOException {
        String name = file.path().toString();
        boolean anyText = false;
        try (ZipFile zip = new ZipFile(file.path().toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(entry -> !entry.isDirectory() && !hiddenEntry(entry.getName()))
                    .sorted(Comparator.comparing(ZipEntry::getName))
                    .toList();
            for (ZipEntry entry : entries) {
                if (normaliser.full()) {
                    return;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    anyText |= readText(name + "!" + entry.getName(), in, true);
                }
                task.advance(Math.max(0, entry.getCompressedSize()));
            }
        }
        if (!anyText && !normaliser.full()) {
            throw new BadInputException(name + ": the zip archive holds no text entry");
        }
    }

    /**
     * Reads one text stream into the normaliser.
     *
     * @return false when the stream is binary and {@code skipBinary} is set
     */
    private boolean readText(String name, InputStream in, boolean skipBinary) throws IOException {
        Utf8Validator validator = new Utf8Validator();
        int probed = in.readNBytes(block, 0, PROBE_BYTES);
        for (int i = 0; i < probed; i++) {
            if (block[i] == 0) {
                if (skipBinary) {
                    return false;
                }
                throw new BadInputException(String.format(
                        Locale.ROOT,
                        "%s: a binary file (NUL byte at offset %d), not UTF-8 text; remove it from the corpus",
                        name,
                        i));
            }
        }
        int count = probed;
        while (count > 0) {
            long malformed = validator.check(block, 0, count);
            if (malformed != Utf8Validator.VALID) {
                throw notUtf8(name, malformed);
            }
            normaliser.feed(block, 0, count);
            if (normaliser.full()) {
                return true;
            }
            count = in.read(block);
        }
        long cutOff = validator.finish();
        if (cutOff != Utf8Validator.VALID) {
            throw notUtf8(name, cutOff);
        }
        normaliser.endDocument();
        return true;
    }

    private static BadInputException notUtf8(String name, long offset) {
        return new BadInputException(String.format(
                Locale.ROOT, "%s: not valid UTF-8 at byte offset %d; corpus files must be UTF-8 text", name, offset));
    }

    private static boolean hiddenEntry(String entryName) {
        for (String part : entryName.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private InputStream counted(CorpusFile file) throws IOException {
        return new FilterInputStream(Files.newInputStream(file.path())) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    task.advance(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    task.advance(n);
                }
                return n;
            }
        };
    }
}
