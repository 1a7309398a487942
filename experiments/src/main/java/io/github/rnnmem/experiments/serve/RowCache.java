package io.github.rnnmem.experiments.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The connectivity rows one unit computed last, by the prefix they depend on: the row of position
 * {@code t} for class {@code c} is a function of characters {@code 0..t} and {@code c} alone, so it
 * stays valid while the reader types further or selects another position. The least recently used
 * row goes first once {@code capacity} are held.
 *
 * <p>Not thread-safe: one unit's worker uses it.
 */
final class RowCache {

    private final Map<Key, float[]> rows;
    private volatile long reused;
    private volatile long computed;

    /**
     * Creates an empty cache.
     *
     * @param capacity the most rows held
     */
    RowCache(int capacity) {
        this.rows = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * A row computed before.
     *
     * @param prefix characters {@code 0..t}
     * @param outputClass the class whose score was differentiated
     * @return the row's entries {@code 0..t}, or empty
     */
    Optional<float[]> find(String prefix, int outputClass) {
        float[] row = rows.get(new Key(prefix, outputClass));
        if (row != null) {
            reused++;
        }
        return Optional.ofNullable(row);
    }

    /**
     * Keeps a row.
     *
     * @param prefix characters {@code 0..t}
     * @param outputClass the class whose score was differentiated
     * @param row its entries {@code 0..t}
     */
    void put(String prefix, int outputClass, float[] row) {
        computed++;
        rows.put(new Key(prefix, outputClass), row);
    }

    /**
     * Rows found here since the start.
     *
     * @return the count
     */
    long reused() {
        return reused;
    }

    /**
     * Rows computed since the start.
     *
     * @return the count
     */
    long computed() {
        return computed;
    }

    private record Key(String prefix, int outputClass) {}
}
