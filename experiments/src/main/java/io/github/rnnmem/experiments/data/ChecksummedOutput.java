package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.progress.ProgressTask;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/** Writes little-endian values to a file channel through a buffer, keeping a CRC32C of all of them. */
final class ChecksummedOutput {

    private static final int BUFFER_BYTES = 1 << 20;

    private final FileChannel channel;
    private final ProgressTask task;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32C crc = new CRC32C();
    private long position;

    /**
     * Starts writing.
     *
     * @param channel the file
     * @param start the file offset of the first byte written
     * @param task advanced by the bytes written
     */
    ChecksummedOutput(FileChannel channel, long start, ProgressTask task) throws IOException {
        this.channel = channel;
        this.task = task;
        this.position = start;
        channel.position(start);
    }

    void putInt(int value) throws IOException {
        room(Integer.BYTES);
        buffer.putInt(value);
        position += Integer.BYTES;
    }

    void putLong(long value) throws IOException {
        room(Long.BYTES);
        buffer.putLong(value);
        position += Long.BYTES;
    }

    void putByte(byte value) throws IOException {
        room(1);
        buffer.put(value);
        position++;
    }

    void putBytes(byte[] bytes) throws IOException {
        for (byte b : bytes) {
            putByte(b);
        }
    }

    /** Writes zero bytes up to a file offset. */
    void padTo(long offset) throws IOException {
        if (offset < position) {
            throw new IllegalStateException("already at " + position + ", past " + offset);
        }
        while (position < offset) {
            putByte((byte) 0);
        }
    }

    /** Writes out what is buffered. */
    void flush() throws IOException {
        buffer.flip();
        crc.update(buffer.array(), 0, buffer.limit());
        task.advance(buffer.limit());
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /**
     * The checksum of everything written, once flushed.
     *
     * @return the CRC32C value
     */
    int checksum() {
        return (int) crc.getValue();
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }
}
