package io.github.rnnmem.experiments.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir Path directory;

    private final List<String> warnings = new ArrayList<>();

    private static Checkpoint checkpoint(long step) {
        return new Checkpoint("hash", step, 1, 7, 12.5, false, new byte[] {1, 2, 3, (byte) step}, new byte[] {9, 8});
    }

    @Test
    void anEmptyDirectoryHasNoCheckpoint() {
        assertThat(new CheckpointStore(directory.resolve("none")).latest(warnings::add)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void roundTripsEveryField() throws IOException {
        CheckpointStore store = new CheckpointStore(directory);
        store.save(checkpoint(5));
        Checkpoint read = store.latest(warnings::add).orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(checkpoint(5));
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDamagedLatestFallsBackToThePreviousWithAWarning() throws IOException {
        CheckpointStore store = new CheckpointStore(directory);
        store.save(checkpoint(5));
        store.save(checkpoint(10));
        Path latest = directory.resolve("latest.ckpt");
        byte[] bytes = Files.readAllBytes(latest);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(latest, bytes);
        assertThat(store.latest(warnings::add).orElseThrow().step()).isEqualTo(5);
        assertThat(warnings).singleElement().asString().contains("checksum mismatch").contains("using " + directory.resolve("previous.ckpt") + " instead");
    }

    @Test
    void aCutShortLatestFallsBackToo() throws IOException {
        CheckpointStore store = new CheckpointStore(directory);
        store.save(checkpoint(5));
        store.save(checkpoint(10));
        Path latest = directory.resolve("latest.ckpt");
        Files.write(latest, java.util.Arrays.copyOf(Files.readAllBytes(latest), 20));
        assertThat(store.latest(warnings::add).orElseThrow().step()).isEqualTo(5);
    }

    @Test
    void twoDamagedCheckpointsAreOneErrorWithoutWarnings() throws IOException {
        CheckpointStore store = new CheckpointStore(directory);
        store.save(checkpoint(5));
        store.save(checkpoint(10));
        Files.writeString(directory.resolve("latest.ckpt"), "damaged");
        Files.writeString(directory.resolve("previous.ckpt"), "damaged too");
        assertThatThrownBy(() -> store.latest(warnings::add))
                .hasMessageContaining("latest.ckpt cannot be used")
                .hasMessageContaining("previous.ckpt cannot be used");
        assertThat(warnings).isEmpty();
    }

    @Test
    void noUsableCheckpointIsBadInputNamingTheFiles() throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("latest.ckpt"), "not a checkpoint at all");
        CheckpointStore store = new CheckpointStore(directory);
        assertThatThrownBy(() -> store.latest(warnings::add))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(directory.resolve("latest.ckpt") + " cannot be used: not an rnnmem checkpoint")
                .hasMessageContaining("Delete " + directory);
    }
}
