package io.github.rnnmem.experiments.data.internal;

import java.nio.file.Path;

/**
 * One file of a corpus.
 *
 * @param path where it is
 * @param relativeName its name relative to the corpus path, with {@code /} separators (the file
 *     name alone when the corpus is one file)
 * @param size its size in bytes
 * @param modifiedMillis its modification time in milliseconds since the epoch
 */
public record CorpusFile(Path path, String relativeName, long size, long modifiedMillis) {

    /**
     * Whether the file is gzip-compressed, by its name.
     *
     * @return true for a {@code .gz} file
     */
    public boolean gzip() {
        return hasExtension(".gz");
    }

    /**
     * Whether the file is a zip archive, by its name.
     *
     * @return true for a {@code .zip} file
     */
    public boolean zip() {
        return hasExtension(".zip");
    }

    private boolean hasExtension(String extension) {
        String name = relativeName;
        return name.regionMatches(true, name.length() - extension.length(), extension, 0, extension.length());
    }
}
