package io.github.rnnmem.viz.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes whole text files atomically: readers see the old file or the new one, never half of it.
 */
public final class AtomicFiles {

    private AtomicFiles() {}

    /**
     * Writes a text as UTF-8 to a new temporary file in the target's directory, then moves it over
     * the target with {@link StandardCopyOption#ATOMIC_MOVE} and {@link
     * StandardCopyOption#REPLACE_EXISTING}. Missing parent directories are created. The file gets
     * the default permissions of new files. On failure the temporary file is removed and the target
     * is left as it was.
     *
     * @param target the file to write
     * @param text the whole content
     * @throws IOException when the directory cannot be created or the file cannot be written
     */
    public static void writeString(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
