package io.github.rnnmem.viz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path directory;

    @Test
    void writesUtf8AndCreatesMissingDirectories() throws IOException {
        Path target = directory.resolve("figures/nested/a.svg");

        AtomicFiles.writeString(target, "10⁻³ é");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("10⁻³ é");
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = directory.resolve("report.html");
        Files.writeString(target, "old content that is longer");

        AtomicFiles.writeString(target, "new");

        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void failsWithoutTouchingTheTargetWhenTheTargetIsADirectory() throws IOException {
        Path target = Files.createDirectories(directory.resolve("taken"));
        Files.writeString(target.resolve("inside"), "kept");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "x"))
                .isInstanceOf(IOException.class);

        assertThat(Files.readString(target.resolve("inside"))).isEqualTo("kept");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }
}
