package io.github.rnnmem.experiments.data.internal;

/**
 * A small seeded generator whose output is fixed by this class alone, so that splits and batch
 * orders never depend on a JDK's random number internals.
 *
 * <p>The state advances by the golden-ratio gamma {@code 0x9E3779B97F4A7C15}; each output is the
 * new state passed through the 64-bit finaliser {@link #mix(long)} (SplitMix64, Steele, Lea and
 * Flood 2014). Bounded integers are unbiased: a draw of 63 bits is rejected when it falls in the
 * incomplete last block of size {@code bound}.
 */
public final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * Creates a generator.
     *
     * @param seed the seed; equal seeds give equal sequences
     */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * The SplitMix64 finaliser: {@code z = (z ^ z>>>30) * 0xBF58476D1CE4E5B9; z = (z ^ z>>>27) *
     * 0x94D049BB133111EB; z ^ z>>>31}. A bijection of 64-bit values that spreads every input bit.
     *
     * @param value the value to mix
     * @return the mixed value
     */
    public static long mix(long value) {
        long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A seed for one of several independent streams drawn from one base seed, such as one per
     * epoch: {@code mix(seed + gamma * (stream + 1))}.
     *
     * @param seed the base seed
     * @param stream the stream number
     * @return the derived seed
     */
    public static long derive(long seed, long stream) {
        return mix(seed + GOLDEN_GAMMA * (stream + 1));
    }

    /**
     * The next 64 random bits.
     *
     * @return the bits
     */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /**
     * A uniform integer in {@code [0, bound)}.
     *
     * @param bound the exclusive upper bound, positive
     * @return the integer
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        while (true) {
            long bits = nextLong() >>> 1;
            long value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return (int) value;
            }
        }
    }

    /**
     * A uniformly random permutation of {@code 0..n-1} by Fisher-Yates: for {@code i} from
     * {@code n-1} down to 1, swap element {@code i} with element {@code nextInt(i + 1)}.
     *
     * @param n the number of elements
     * @return the permutation
     */
    public int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
