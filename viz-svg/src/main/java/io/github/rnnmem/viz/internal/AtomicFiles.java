package io.github.rnnmem.viz.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes whole text files atomically: readers see the old file or the new one, never half of it.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /**
     * Writes a text as UTF-8 to a new temporary file in the target's directory, then moves it over
     * the target with {@link StandardCopyOption#ATOMIC_MOVE} and {@link
     * StandardCopyOption#REPLACE_EXISTING}. Missing parent directories are created. The file gets
     * the default permissions of new files. On failure the temporary file is removed and the target
     * is left as it was. The temporary file is named {@code .NAME.HEX.tmp}, as the run's other
     * temporary files, so that a run killed while writing leaves nothing its next run keeps.
     *
     * @param target the file to write
     * @param text the whole content
     * @throws IOException naming the target when the directory cannot be created or the file cannot
     *     be written
     */
    public static void writeString(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = directory.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            Files.createDirectories(directory);
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw located(absolute, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // left behind; the writer's next run deletes such leftovers
            }
        }
    }

    /** The failure itself when it names a file, else one naming the target, with the failure as its cause. */
    private static IOException located(Path target, IOException failure) {
        if (failure instanceof FileSystemException named && named.getFile() != null) {
            return failure;
        }
        FileSystemException located = new FileSystemException(target.toString(), null, failure.getMessage());
        located.initCause(failure);
        return located;
    }
}
