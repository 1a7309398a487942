package io.github.rnnmem.experiments.data.internal;

import java.util.Arrays;

/** A list of primitive ints that grows by half its size. */
public final class IntList {

    private int[] values;
    private int size;

    /**
     * Creates an empty list.
     *
     * @param initialCapacity the first allocation
     */
    public IntList(int initialCapacity) {
        this.values = new int[Math.max(1, initialCapacity)];
    }

    /**
     * Appends a value.
     *
     * @param value the value
     */
    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(size + 1, size + (size >> 1)));
        }
        values[size++] = value;
    }

    /**
     * The value at an index.
     *
     * @param index the index, below {@link #size()}
     * @return the value
     */
    public int get(int index) {
        return values[index];
    }

    /**
     * How many values the list holds.
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The values, in a new array of exactly {@link #size()} elements.
     *
     * @return the copy
     */
    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
