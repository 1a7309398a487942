package io.github.rnnmem.experiments.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copies and deletes directory trees, for tests that change a copy of a finished run. */
public final class Directories {

    private Directories() {}

    /**
     * Copies a tree, hidden files too.
     *
     * @param from the directory to copy
     * @param to where the copy goes, created
     * @throws IOException if a file cannot be copied
     */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /**
     * Deletes a tree.
     *
     * @param root the directory to delete with everything in it
     * @throws IOException if an entry cannot be deleted
     */
    public static void delete(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path entry : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }
}
