package io.github.rnnmem.experiments.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which I/O failures are the user's to fix, and how they are said. */
class FileProblemsTest {

    @TempDir Path directory;

    @Test
    void aFullDiskIsNamedWithThePathItsWriterAdds() {
        Path file = directory.resolve("latest.ckpt");
        IOException failure = FileProblems.at(file, new IOException("No space left on device"));

        assertThat(FileProblems.describe(new RuntimeException("wrapped", failure)))
                .contains(file + ": no space left on device; free some space and run again: the run resumes where it"
                        + " stopped");
    }

    @Test
    void aReadOnlyFileSystemPermissionsAndFilesInTheWayAreTheUsers() throws IOException {
        Path file = directory.resolve("a-file");
        Files.writeString(file, "");
        assertThat(FileProblems.describe(new FileSystemException("/r/x", null, "Read-only file system")))
                .contains("/r/x: read-only file system; choose a writable output, for example --set output=runs/other");
        assertThat(FileProblems.describe(new UncheckedIOException(new AccessDeniedException("/r/y"))))
                .contains("/r/y: permission denied; make it writable or choose another output, for example --set"
                        + " output=runs/other");
        assertThat(FileProblems.describe(new java.nio.file.FileAlreadyExistsException(file.toString())))
                .contains(file + ": a file is in the way of a directory; move the file or choose another output");
        assertThat(FileProblems.describe(new FileSystemException(file.resolve("run").toString(), null, "Not a directory")))
                .contains(file.resolve("run") + ": a file is in the way of a directory; move the file or choose another"
                        + " output");
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(FileProblems.describe(new NoSuchFileException("/missing"))).isEmpty();
        assertThat(FileProblems.describe(new IOException("No space left on device"))).as("no path to name").isEmpty();
        assertThat(FileProblems.describe(new IllegalStateException("a bug"))).isEmpty();
    }

    @Test
    void aFailureThatNamesItsFileKeepsIt() {
        AccessDeniedException denied = new AccessDeniedException("/own/path");
        assertThat(FileProblems.at(Path.of("/other"), denied)).isSameAs(denied);
    }

    @Test
    void anAtomicWriteThatFailsNamesItsTargetAndLeavesNothing() throws IOException {
        Path blocked = directory.resolve("blocked");
        Files.writeString(blocked, "a file where a directory is needed");
        Path target = blocked.resolve("results.md");

        IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> AtomicFiles.writeString(target, "text"));

        assertThat(FileProblems.describe(failure)).hasValueSatisfying(message -> assertThat(message)
                .startsWith(blocked + ": a file is in the way of a directory"));
        assertThat(blocked).hasContent("a file where a directory is needed");
    }
}
