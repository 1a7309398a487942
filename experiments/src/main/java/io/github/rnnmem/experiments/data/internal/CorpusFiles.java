package io.github.rnnmem.experiments.data.internal;

import io.github.rnnmem.experiments.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists the files of a corpus path: the file itself, or every regular file below a directory,
 * recursively, in the order of their relative names. Hidden files and folders (names starting with
 * a dot) inside a directory are skipped.
 */
public final class CorpusFiles {

    private CorpusFiles() {}

    /**
     * Lists the files of a corpus.
     *
     * @param path a file or a directory
     * @param setting the setting that named the path, for messages (such as {@code corpus.path})
     * @return the files, at least one
     * @throws BadInputException when the path does not exist or the directory holds no file
     */
    public static List<CorpusFile> list(Path path, String setting) {
        if (!Files.exists(path)) {
            throw new BadInputException(setting + ": " + path + " does not exist");
        }
        try {
            if (!Files.isDirectory(path)) {
                return List.of(describe(path, path.getFileName().toString()));
            }
            List<CorpusFile> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : (Iterable<Path>) walk::iterator) {
                    Path relative = path.relativize(file);
                    if (Files.isRegularFile(file) && !hidden(relative)) {
                        files.add(describe(file, relativeName(relative)));
                    }
                }
            }
            if (files.isEmpty()) {
                throw new BadInputException(setting + ": the directory " + path + " holds no file");
            }
            files.sort(Comparator.comparing(CorpusFile::relativeName));
            return List.copyOf(files);
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(setting + ": cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * The identity of a list of files for a cache key: one line per file with its relative name,
     * size and modification time.
     *
     * @param files the files
     * @return the text
     */
    public static String fingerprint(List<CorpusFile> files) {
        StringBuilder text = new StringBuilder();
        for (CorpusFile file : files) {
            text.append(String.format(
                    Locale.ROOT, "%s\t%d\t%d\n", file.relativeName(), file.size(), file.modifiedMillis()));
        }
        return text.toString();
    }

    private static CorpusFile describe(Path file, String relativeName) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new CorpusFile(file, relativeName, attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
