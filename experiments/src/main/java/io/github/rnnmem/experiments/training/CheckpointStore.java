package io.github.rnnmem.experiments.training;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * A unit's checkpoints in one directory: {@code latest.ckpt} and the one before it, {@code
 * previous.ckpt}.
 *
 * <p>A save first renames the latest file to {@code previous.ckpt}, then writes the new one
 * atomically, so a crash at any moment leaves at least one whole checkpoint. Each file ends with a
 * CRC-32C of its content; a file that fails the check is reported and the previous one is used.
 *
 * <p>Format (big-endian): {@code "RNNMEMCK"}, version (int), config hash (UTF), step (long),
 * epoch (int), batch (int), seconds (double), finished (boolean), parameters (int length, bytes),
 * optimizer (int length, bytes), CRC-32C of all preceding bytes (long).
 */
public final class CheckpointStore {

    private static final byte[] MAGIC = "RNNMEMCK".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private final Path directory;

    /**
     * Opens the store.
     *
     * @param directory the unit's checkpoint directory, created on the first save
     */
    public CheckpointStore(Path directory) {
        this.directory = directory;
    }

    /**
     * The directory of the checkpoints.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    /**
     * The newest readable checkpoint.
     *
     * @param warnings receives a line for every file that cannot be used
     * @return the checkpoint, or empty when there is none
     * @throws BadInputException when checkpoint files exist but none can be read
     */
    public Optional<Checkpoint> latest(Consumer<String> warnings) {
        List<String> problems = new ArrayList<>();
        for (Path file : List.of(directory.resolve("latest.ckpt"), directory.resolve("previous.ckpt"))) {
            if (!Files.exists(file)) {
                continue;
            }
            try {
                Checkpoint checkpoint = read(file);
                problems.forEach(problem -> warnings.accept(problem + "; using " + file + " instead"));
                return Optional.of(checkpoint);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + " cannot be used: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join("; ", problems) + ". Delete " + directory
                    + " to train this unit from the start.");
        }
        return Optional.empty();
    }

    /**
     * Saves a checkpoint, keeping the one before it.
     *
     * @param checkpoint the checkpoint
     * @throws IOException if writing fails; the earlier checkpoints are then intact
     */
    public void save(Checkpoint checkpoint) throws IOException {
        Files.createDirectories(directory);
        Path latest = directory.resolve("latest.ckpt");
        if (Files.exists(latest)) {
            AtomicFiles.move(latest, directory.resolve("previous.ckpt"));
        }
        write(latest, checkpoint);
    }

    /**
     * Writes a checkpoint file atomically: its content, then a CRC-32C of it.
     *
     * @param file the file
     * @param checkpoint the checkpoint
     * @throws IOException if writing fails; an earlier file is then intact
     */
    static void write(Path file, Checkpoint checkpoint) throws IOException {
        byte[] body = encode(checkpoint);
        CRC32C crc = new CRC32C();
        crc.update(body);
        AtomicFiles.write(file, out -> {
            out.write(body);
            new DataOutputStream(out).writeLong(crc.getValue());
        });
    }

    private static byte[] encode(Checkpoint checkpoint) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(
                checkpoint.parameters().length + checkpoint.optimizer().length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(checkpoint.identity());
            out.writeLong(checkpoint.step());
            out.writeInt(checkpoint.epoch());
            out.writeInt(checkpoint.batch());
            out.writeDouble(checkpoint.seconds());
            out.writeBoolean(checkpoint.finished());
            out.writeInt(checkpoint.parameters().length);
            out.write(checkpoint.parameters());
            out.writeInt(checkpoint.optimizer().length);
            out.write(checkpoint.optimizer());
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a checkpoint file, checking its format, version and checksum.
     *
     * @param file the file
     * @return the checkpoint
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException when the file is damaged or not a checkpoint
     */
    static Checkpoint read(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        if (content.length < MAGIC.length + Long.BYTES
                || !Arrays.equals(Arrays.copyOf(content, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException("not an rnnmem checkpoint");
        }
        int bodyLength = content.length - Long.BYTES;
        CRC32C crc = new CRC32C();
        crc.update(content, 0, bodyLength);
        long stored = java.nio.ByteBuffer.wrap(content, bodyLength, Long.BYTES).getLong();
        if (crc.getValue() != stored) {
            throw new IllegalArgumentException("checksum mismatch (the file is damaged or was cut short)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content, MAGIC.length, bodyLength - MAGIC.length))) {
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("checkpoint format version " + version + ", this rnnmem reads " + VERSION);
            }
            String hash = in.readUTF();
            long step = in.readLong();
            int epoch = in.readInt();
            int batch = in.readInt();
            double seconds = in.readDouble();
            boolean finished = in.readBoolean();
            byte[] parameters = in.readNBytes(in.readInt());
            byte[] optimizer = in.readNBytes(in.readInt());
            return new Checkpoint(hash, step, epoch, batch, seconds, finished, parameters, optimizer);
        } catch (EOFException e) {
            throw new IllegalArgumentException("the file ends too early");
        }
    }
}
