package io.github.rnnmem.experiments.training;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.FileProblems;
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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * A unit's checkpoints in one directory: {@code latest.ckpt} and the one before it, {@code
 * previous.ckpt}.
 *
 * <p>A save first renames the latest file to {@code previous.ckpt}, then writes the new one
 * atomically, so a crash at any moment leaves at least one whole checkpoint. Only a latest file
 * known to be usable is kept that way: one this store wrote or restored from, or, when the store
 * has not restored, one that reads whole. A latest file that could not be used is replaced
 * instead, so that {@code previous.ckpt} stays the checkpoint training resumed from.
 *
 * <p>Each file ends with a CRC-32C of its content, and its sections must fill it exactly. A file
 * that fails the check, or that the training cannot restore (see {@link #restore}), is reported
 * and the previous one is used.
 *
 * <p>Format (big-endian): {@code "RNNMEMCK"}, version (int), training identity (UTF), step (long),
 * epoch (int), batch (int), seconds (double), finished (boolean), parameters (int length, bytes),
 * optimizer (int length, bytes), CRC-32C of all preceding bytes (long).
 */
public final class CheckpointStore {

    private static final byte[] MAGIC = "RNNMEMCK".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private final Path directory;
    private LatestFile latestFile = LatestFile.UNCHECKED;

    /** What this store knows of {@code latest.ckpt}. */
    private enum LatestFile {
        /** Neither written nor restored from by this store. */
        UNCHECKED,
        /** Written by this store, or restored from. */
        USABLE,
        /** Tried and found unusable. */
        UNUSABLE
    }

    /** Puts a checkpoint into the training that resumes from it. */
    @FunctionalInterface
    public interface Restorer {
        /**
         * Restores a checkpoint.
         *
         * @param checkpoint the checkpoint read from a file
         * @throws RuntimeException when the checkpoint does not fit the training (its message says
         *     why); the store then tries the previous file
         */
        void restore(Checkpoint checkpoint);
    }

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
     * The newest checkpoint that reads whole.
     *
     * @param warnings receives a line for every file that cannot be used
     * @return the checkpoint, or empty when there is none
     * @throws BadInputException naming the files when checkpoint files exist but none can be read
     */
    public Optional<Checkpoint> latest(Consumer<String> warnings) {
        return restore(warnings, checkpoint -> {});
    }

    /**
     * Restores the newest checkpoint that reads whole and that {@code restorer} accepts: {@code
     * latest.ckpt}, else {@code previous.ckpt}.
     *
     * @param warnings receives a line for every file that cannot be used, when another one is
     * @param restorer puts a checkpoint into the training; it throws when the checkpoint does not fit
     * @return the restored checkpoint, or empty when there is none
     * @throws BadInputException naming every file and its problem when checkpoint files exist but
     *     none can be used
     */
    public Optional<Checkpoint> restore(Consumer<String> warnings, Restorer restorer) {
        List<String> problems = new ArrayList<>();
        for (Path file : List.of(latestPath(), previousPath())) {
            if (!Files.exists(file)) {
                continue;
            }
            try {
                Checkpoint checkpoint = read(file);
                restorer.restore(checkpoint);
                problems.forEach(problem -> warnings.accept(problem + "; using " + file + " instead"));
                latestFile = file.equals(latestPath()) ? LatestFile.USABLE : LatestFile.UNUSABLE;
                return Optional.of(checkpoint);
            } catch (IOException e) {
                problems.add(file + " cannot be read: " + FileProblems.reason(e));
            } catch (RuntimeException e) {
                problems.add(file + " cannot be used: " + FileProblems.reason(e));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(String.join("; ", problems) + ". Delete " + directory
                    + " to train this unit from the start.");
        }
        return Optional.empty();
    }

    /**
     * Saves a checkpoint, keeping the one before it when that one is usable.
     *
     * @param checkpoint the checkpoint
     * @throws IOException if writing fails, naming the file; the earlier checkpoints are then intact
     */
    public void save(Checkpoint checkpoint) throws IOException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw FileProblems.at(directory, e);
        }
        Path latest = latestPath();
        if (Files.exists(latest) && latestUsable(latest)) {
            AtomicFiles.move(latest, previousPath());
        }
        write(latest, checkpoint);
        latestFile = LatestFile.USABLE;
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

    /**
     * How far training went, from the header of the newest checkpoint file, without reading or
     * checking the rest: for reports, which must not read whole models.
     *
     * @return the step and whether training finished; empty when no file has a readable header
     */
    public Optional<Progress> progress() {
        for (Path file : List.of(latestPath(), previousPath())) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC) || in.readInt() != VERSION) {
                    continue;
                }
                String identity = in.readUTF();
                long step = in.readLong();
                in.readInt();
                in.readInt();
                in.readDouble();
                return Optional.of(new Progress(identity, step, in.readBoolean()));
            } catch (IOException e) {
                // no such file, or not a checkpoint: the next one is tried
            }
        }
        return Optional.empty();
    }

    /**
     * How far the training of a checkpoint went.
     *
     * @param identity the training identity's hash
     * @param step the optimizer steps done
     * @param finished whether training reached its last step
     */
    public record Progress(String identity, long step, boolean finished) {}

    private boolean latestUsable(Path latest) {
        if (latestFile != LatestFile.UNCHECKED) {
            return latestFile == LatestFile.USABLE;
        }
        try {
            read(latest);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Path latestPath() {
        return directory.resolve("latest.ckpt");
    }

    private Path previousPath() {
        return directory.resolve("previous.ckpt");
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
            byte[] parameters = section(in, "parameters");
            byte[] optimizer = section(in, "optimizer");
            if (in.available() > 0) {
                throw new IllegalArgumentException(in.available() + " bytes follow the optimizer section");
            }
            return new Checkpoint(hash, step, epoch, batch, seconds, finished, parameters, optimizer);
        } catch (EOFException e) {
            throw new IllegalArgumentException("the file ends too early");
        }
    }

    /** A section: its length, then as many bytes, which the file must hold. */
    private static byte[] section(DataInputStream in, String name) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the %s section is cut short: it should hold %,d bytes, %,d are left", name, length, in.available()));
        }
        return in.readNBytes(length);
    }
}
