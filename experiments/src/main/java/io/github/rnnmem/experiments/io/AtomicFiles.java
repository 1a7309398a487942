package io.github.rnnmem.experiments.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files atomically: into a temporary file in the same directory, flushed to disk, then
 * renamed over the target. Readers see the old content or the new one, never a part.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.[0-9a-f]{1,16}\\.tmp");

    private AtomicFiles() {}

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Writer {
        /**
         * Writes the content.
         *
         * @param out the stream of the temporary file
         * @throws IOException if writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically.
     *
     * @param target the file to create or replace
     * @param writer writes the content
     * @throws IOException if writing or renaming fails, naming the target; the target is then unchanged
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path temporary = temporaryBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, target);
        } catch (IOException e) {
            throw FileProblems.at(target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Deletes a temporary file; a failure to delete it leaves it for {@link #deleteLeftovers}. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a leftover, deleted by the next run
        }
    }

    /**
     * Creates an empty temporary file in the target's directory (created when missing), with the
     * permissions any new file gets, to be renamed over the target with {@link #move}.
     *
     * @param target the file the temporary one will become
     * @return the temporary file
     * @throws IOException if it cannot be created
     */
    public static Path temporaryBeside(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw FileProblems.at(directory, e);
        }
        while (true) {
            Path candidate = directory.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                // another name is tried
            } catch (IOException e) {
                throw FileProblems.at(target, e);
            }
        }
    }

    /**
     * Deletes the temporary files that writes interrupted by a kill left behind (named as {@link
     * #temporaryBeside} names them), in a directory and its subdirectories.
     *
     * @param directory the directory, possibly missing
     * @param depth how many levels of subdirectories to look into
     * @throws IOException if the directory cannot be listed or a file deleted
     */
    public static void deleteLeftovers(Path directory, int depth) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.find(directory, depth + 1,
                (path, attributes) -> attributes.isRegularFile() && LEFTOVER.matcher(path.getFileName().toString()).matches())) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Writes a text file atomically, in UTF-8.
     *
     * @param target the file to create or replace
     * @param text the content
     * @throws IOException if writing or renaming fails; the target is then unchanged
     */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Renames a file over another, atomically where the file system allows it.
     *
     * @param source the file to rename
     * @param target the new name, replaced if present
     * @throws IOException if the rename fails
     */
    public static void move(Path source, Path target) throws IOException {
        String name = target.getFileName().toString();
        FaultPoint.reached("before:" + name);
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw FileProblems.at(target, e);
        }
        FaultPoint.reached("after:" + name);
    }
}
