package io.github.rnnmem.experiments.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Failures of the file system that are the user's to fix, told apart from bugs: no space left,
 * a quota reached, a read-only file system, permission denied, a file where a directory is needed
 * or a directory where a file is. Such a failure is reported as one line naming the path and the
 * cause, with exit status 2; nothing is half-written, because every file is written atomically,
 * and a run resumes where it stopped once the cause is removed.
 *
 * <p>The operating system reports some of them without a path (a write to a full disk); the code
 * that writes a file adds it with {@link #at}.
 */
public final class FileProblems {

    private static final String FREE_SPACE = "free some space and run again: the run resumes where it stopped";
    private static final String WRITABLE = "make it writable or choose another output, for example --set output=runs/other";
    private static final Cause NO_SPACE = new Cause("No space left on device", "no space left on device", FREE_SPACE);
    private static final Cause PERMISSION = new Cause("Permission denied", "permission denied", WRITABLE);
    private static final Cause FILE_IN_THE_WAY = new Cause("Not a directory", "a file is in the way of a directory",
            "move the file or choose another output");

    /** The operating system's words for each cause, and what the user reads instead. */
    private static final List<Cause> CAUSES = List.of(
            NO_SPACE,
            new Cause("Disk quota exceeded", "disk quota exceeded", FREE_SPACE),
            new Cause("Read-only file system", "read-only file system",
                    "choose a writable output, for example --set output=runs/other"),
            PERMISSION,
            new Cause("Operation not permitted", "operation not permitted", WRITABLE),
            FILE_IN_THE_WAY,
            new Cause("Is a directory", "a directory is in the way of a file", "move the directory"),
            new Cause("File too large", "the file is too large for its file system",
                    "choose an output on another file system"));

    private FileProblems() {}

    /** One cause: the operating system's message, its wording for the user and what to do. */
    private record Cause(String system, String words, String remedy) {}

    /**
     * An I/O failure while writing or reading a file, with the file's path attached: the failure
     * is the cause of the returned exception and its reason is the failure's message.
     *
     * @param file the file
     * @param failure what went wrong
     * @return the failure itself when it already names a path, else one that names {@code file}
     */
    public static IOException at(Path file, IOException failure) {
        if (failure instanceof FileSystemException named && named.getFile() != null) {
            return failure;
        }
        FileSystemException located = new FileSystemException(file.toString(), null, failure.getMessage());
        located.initCause(failure);
        return located;
    }

    /**
     * What went wrong reading or writing something, in words for a person: the first message in
     * the chain of causes that is not merely a cause's class and message, the reason of a file
     * system problem, or the kind of failure in words; never a class name.
     *
     * @param failure what went wrong
     * @return for instance {@code zip END header not found} or {@code it ends early}
     */
    public static String reason(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            String message = current instanceof FileSystemException located && located.getReason() != null
                    ? located.getReason() : current.getMessage();
            boolean wrapsCause = current.getCause() != null && current.getCause().toString().equals(message);
            if (message != null && !message.isBlank() && !wrapsCause) {
                return message;
            }
            if (current instanceof EOFException) {
                return "it ends early";
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return "it cannot be read";
    }

    /**
     * The message for the user when a failure, or one of its causes, is a file-system problem of
     * the user's side.
     *
     * @param failure what went wrong
     * @return {@code "PATH: cause; what to do"}, or empty when the failure is something else
     */
    public static Optional<String> describe(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof UncheckedIOException unchecked) {
                current = unchecked.getCause();
            }
            if (current instanceof FileSystemException located && located.getFile() != null) {
                Optional<String> message = describe(located);
                if (message.isPresent()) {
                    return message;
                }
            }
            if (current == null || current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> describe(FileSystemException failure) {
        String file = failure.getFile();
        if (failure instanceof AccessDeniedException) {
            return Optional.of(line(file, PERMISSION));
        }
        if (failure instanceof NotDirectoryException
                || failure instanceof FileAlreadyExistsException && !Files.isDirectory(Path.of(file))) {
            return Optional.of(line(file, FILE_IN_THE_WAY));
        }
        for (Throwable current = failure; current != null; current = current.getCause()) {
            String message = current instanceof FileSystemException located ? located.getReason() : current.getMessage();
            if (message == null) {
                continue;
            }
            for (Cause cause : CAUSES) {
                if (message.toLowerCase(Locale.ROOT).contains(cause.system().toLowerCase(Locale.ROOT))) {
                    return Optional.of(line(file, cause));
                }
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String line(String file, Cause cause) {
        return file + ": " + cause.words() + "; " + cause.remedy();
    }
}
