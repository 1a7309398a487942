package io.github.rnnmem.experiments.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.testing.CraftedCheckpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CheckpointStoreTest {

    @TempDir Path directory;

    private final List<String> warnings = new ArrayList<>();

    private static Checkpoint checkpoint(long step) {
        return new Checkpoint("hash", step, 1, 7, 12.5, false, new byte[] {1, 2, 3, (byte) step}, new byte[] {9, 8});
    }

    /** A store holding the checkpoints of steps 5 (previous) and 10 (latest). */
    private CheckpointStore savedAtStepsFiveAndTen() throws IOException {
        CheckpointStore store = new CheckpointStore(directory);
        store.save(checkpoint(5));
        store.save(checkpoint(10));
        return store;
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
        CheckpointStore store = savedAtStepsFiveAndTen();
        Path latest = directory.resolve("latest.ckpt");
        byte[] bytes = Files.readAllBytes(latest);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(latest, bytes);
        assertThat(store.latest(warnings::add).orElseThrow().step()).isEqualTo(5);
        assertThat(warnings).singleElement().asString().contains("checksum mismatch").contains("using " + directory.resolve("previous.ckpt") + " instead");
    }

    @Test
    void aCutShortLatestFallsBackToo() throws IOException {
        CheckpointStore store = savedAtStepsFiveAndTen();
        Path latest = directory.resolve("latest.ckpt");
        Files.write(latest, Arrays.copyOf(Files.readAllBytes(latest), 20));
        assertThat(store.latest(warnings::add).orElseThrow().step()).isEqualTo(5);
    }

    @Test
    void twoDamagedCheckpointsAreOneErrorWithoutWarnings() throws IOException {
        CheckpointStore store = savedAtStepsFiveAndTen();
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

    @ParameterizedTest
    @EnumSource(CraftedCheckpoint.Section.class)
    void aSectionThatClaimsMoreBytesThanTheFileHoldsIsDamagedAndTheStoreFallsBack(CraftedCheckpoint.Section section)
            throws IOException {
        CheckpointStore store = savedAtStepsFiveAndTen();
        CraftedCheckpoint.cutShort(directory.resolve("latest.ckpt"), section, 1);

        assertThat(store.latest(warnings::add).orElseThrow().step()).isEqualTo(5);
        assertThat(warnings).singleElement().asString()
                .startsWith(directory.resolve("latest.ckpt") + " cannot be used: the ")
                .contains("section is cut short")
                .endsWith("; using " + directory.resolve("previous.ckpt") + " instead");
    }

    @Test
    void bytesAfterTheLastSectionMakeAFileDamaged() throws IOException {
        CheckpointStore store = new CheckpointStore(directory);
        store.save(checkpoint(5));
        Path latest = directory.resolve("latest.ckpt");
        byte[] bytes = Files.readAllBytes(latest);
        byte[] body = Arrays.copyOf(bytes, bytes.length - Long.BYTES + 1);
        CRC32C crc = new CRC32C();
        crc.update(body);
        Files.write(latest, ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(crc.getValue()).array());

        assertThatThrownBy(() -> store.latest(warnings::add)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(latest + " cannot be used: 1 bytes follow the optimizer section");
    }

    @Test
    void aCheckpointTheTrainingCannotRestoreIsPassedOverForThePreviousOne() throws IOException {
        CheckpointStore store = savedAtStepsFiveAndTen();

        Checkpoint restored = store.restore(warnings::add, checkpoint -> {
            if (checkpoint.step() == 10) {
                throw new IllegalArgumentException("its parameters do not fit this unit's model");
            }
        }).orElseThrow();

        assertThat(restored.step()).isEqualTo(5);
        assertThat(warnings).containsExactly(directory.resolve("latest.ckpt") + " cannot be used: its parameters do not"
                + " fit this unit's model; using " + directory.resolve("previous.ckpt") + " instead");
    }

    @Test
    void afterAFallBackTheNextSaveKeepsTheCheckpointItResumedFrom() throws IOException {
        savedAtStepsFiveAndTen();
        byte[] good = Files.readAllBytes(directory.resolve("previous.ckpt"));
        CraftedCheckpoint.truncate(directory.resolve("latest.ckpt"), CraftedCheckpoint.Section.OPTIMIZER, 1);
        CheckpointStore resumed = new CheckpointStore(directory);
        assertThat(resumed.restore(warnings::add, checkpoint -> {
            if (checkpoint.optimizer().length != 2) {
                throw new IllegalArgumentException("its optimizer state does not fit");
            }
        }).orElseThrow().step()).isEqualTo(5);

        resumed.save(checkpoint(10));

        assertThat(directory.resolve("previous.ckpt")).as("the file it resumed from").hasBinaryContent(good);
        assertThat(resumed.latest(warnings::add).orElseThrow().step()).isEqualTo(10);
        resumed.save(checkpoint(15));
        assertThat(resumed.restore(warnings::add, checkpoint -> {}).orElseThrow().step()).isEqualTo(15);
        assertThat(new CheckpointStore(directory).latest(warnings::add).orElseThrow().step()).isEqualTo(15);
        Files.writeString(directory.resolve("latest.ckpt"), "damaged once more");
        assertThat(new CheckpointStore(directory).latest(warnings::add).orElseThrow().step()).isEqualTo(10);
    }

    @Test
    void aStoreThatDidNotRestoreKeepsADamagedLatestFileOutOfPrevious() throws IOException {
        savedAtStepsFiveAndTen();
        byte[] good = Files.readAllBytes(directory.resolve("previous.ckpt"));
        Files.writeString(directory.resolve("latest.ckpt"), "damaged");

        new CheckpointStore(directory).save(checkpoint(15));

        assertThat(directory.resolve("previous.ckpt")).hasBinaryContent(good);
        assertThat(new CheckpointStore(directory).latest(warnings::add).orElseThrow().step()).isEqualTo(15);
    }

    @Test
    void theProgressOfTheNewestFileIsReadFromItsHeader() throws IOException {
        CheckpointStore store = new CheckpointStore(directory);
        assertThat(store.progress()).isEmpty();
        store.save(checkpoint(5));
        store.save(new Checkpoint("hash", 12, 1, 0, 3.0, true, new byte[] {1}, new byte[] {2}));
        assertThat(store.progress()).contains(new CheckpointStore.Progress("hash", 12, true));
    }
}
