package io.github.rnnmem.experiments.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Rewrites a checkpoint file with one section cut short and a valid checksum, as a damaged disk or
 * a buggy writer could leave it: the file passes the CRC check, and only reading its sections can
 * tell. The format is the one the checkpoint store documents.
 */
public final class CraftedCheckpoint {

    /** A section of a checkpoint file. */
    public enum Section {
        /** The model's parameters. */
        PARAMETERS,
        /** The optimizer's state. */
        OPTIMIZER
    }

    private CraftedCheckpoint() {}

    /**
     * Cuts the last {@code bytes} bytes of a section, keeping the file consistent: its length field
     * says the shorter length and the checksum is recomputed.
     *
     * @param file the checkpoint file, rewritten
     * @param section the section to cut
     * @param bytes how many bytes to remove
     */
    public static void truncate(Path file, Section section, int bytes) {
        rewrite(file, section, bytes, true);
    }

    /**
     * Cuts the last {@code bytes} bytes of a section but leaves its length field as it was, so that
     * the section claims more bytes than the file holds; the checksum is recomputed.
     *
     * @param file the checkpoint file, rewritten
     * @param section the section to cut
     * @param bytes how many bytes to remove
     */
    public static void cutShort(Path file, Section section, int bytes) {
        rewrite(file, section, bytes, false);
    }

    private static void rewrite(Path file, Section section, int bytes, boolean fixLength) {
        try {
            byte[] content = Files.readAllBytes(file);
            ByteBuffer in = ByteBuffer.wrap(content, 0, content.length - Long.BYTES);
            in.position(8 + 4);
            int identityLength = Short.toUnsignedInt(in.getShort());
            in.position(in.position() + identityLength + 8 + 4 + 4 + 8 + 1);
            int header = in.position();
            byte[] parameters = new byte[in.getInt()];
            in.get(parameters);
            byte[] optimizer = new byte[in.getInt()];
            in.get(optimizer);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(content, 0, header);
            DataOutputStream out = new DataOutputStream(body);
            writeSection(out, parameters, section == Section.PARAMETERS ? bytes : 0, fixLength);
            writeSection(out, optimizer, section == Section.OPTIMIZER ? bytes : 0, fixLength);
            out.flush();
            CRC32C crc = new CRC32C();
            crc.update(body.toByteArray());
            out.writeLong(crc.getValue());
            Files.write(file, body.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSection(DataOutputStream out, byte[] section, int cut, boolean fixLength) throws IOException {
        byte[] kept = Arrays.copyOf(section, section.length - cut);
        out.writeInt(fixLength ? kept.length : section.length);
        out.write(kept);
    }
}
