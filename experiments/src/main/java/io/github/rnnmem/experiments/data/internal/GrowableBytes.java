package io.github.rnnmem.experiments.data.internal;

import java.util.Arrays;

/** A byte array that grows by doubling, up to a fixed capacity. */
public final class GrowableBytes {

    private final int maxCapacity;
    private byte[] bytes;
    private int length;

    /**
     * Creates an empty array.
     *
     * @param initialCapacity the first allocation
     * @param maxCapacity the most bytes it will ever hold
     */
    public GrowableBytes(int initialCapacity, int maxCapacity) {
        this.maxCapacity = maxCapacity;
        this.bytes = new byte[Math.min(initialCapacity, maxCapacity)];
    }

    /**
     * Appends one byte.
     *
     * @param value the byte
     * @throws IllegalStateException when the maximum capacity is reached
     */
    public void append(byte value) {
        if (length == bytes.length) {
            grow();
        }
        bytes[length++] = value;
    }

    /**
     * The byte at an index.
     *
     * @param index the index, below {@link #length()}
     * @return the byte
     */
    public byte get(int index) {
        return bytes[index];
    }

    /**
     * How many bytes have been appended.
     *
     * @return the length
     */
    public int length() {
        return length;
    }

    /**
     * The backing array; only its first {@link #length()} bytes are meaningful.
     *
     * @return the array, not a copy
     */
    public byte[] array() {
        return bytes;
    }

    private void grow() {
        if (bytes.length == maxCapacity) {
            throw new IllegalStateException("capacity of " + maxCapacity + " bytes reached");
        }
        int next = (int) Math.min(maxCapacity, Math.max(16L, 2L * bytes.length));
        bytes = Arrays.copyOf(bytes, next);
    }
}
