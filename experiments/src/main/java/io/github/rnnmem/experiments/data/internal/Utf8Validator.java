package io.github.rnnmem.experiments.data.internal;

/**
 * Checks that a byte stream, fed in blocks, is well-formed UTF-8 (RFC 3629): no overlong forms,
 * no surrogates, nothing above U+10FFFF, no stray continuation bytes and no sequence cut off at
 * the end.
 *
 * <p>Each lead byte fixes how many continuation bytes follow and the range of the first one:
 * {@code C2..DF} one; {@code E0} two, first in {@code A0..BF}; {@code E1..EC, EE..EF} two; {@code
 * ED} two, first in {@code 80..9F}; {@code F0} three, first in {@code 90..BF}; {@code F1..F3}
 * three; {@code F4} three, first in {@code 80..8F}. Every other continuation byte lies in {@code
 * 80..BF}.
 */
public final class Utf8Validator {

    /** Returned by {@link #check} and {@link #finish} when the bytes are well-formed. */
    public static final long VALID = -1;

    private long offset;
    private long sequenceStart;
    private int pending;
    private int lower = 0x80;
    private int upper = 0xBF;

    /**
     * Checks the next block of the stream.
     *
     * @param bytes the buffer
     * @param from the first byte of the block
     * @param to one past the last byte of the block
     * @return {@link #VALID}, or the stream offset of the first byte of the malformed sequence
     */
    public long check(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if (pending == 0) {
                if (b < 0x80) {
                    continue;
                }
                if (!lead(b)) {
                    return offset + i - from;
                }
                sequenceStart = offset + i - from;
            } else if (b < lower || b > upper) {
                return sequenceStart;
            } else {
                pending--;
                lower = 0x80;
                upper = 0xBF;
            }
        }
        offset += to - from;
        return VALID;
    }

    /**
     * Ends the stream.
     *
     * @return {@link #VALID}, or the offset of a sequence that the end of the stream cut off
     */
    public long finish() {
        return pending == 0 ? VALID : sequenceStart;
    }

    private boolean lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return expect(1, 0x80, 0xBF);
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
        }
        return false;
    }

    private boolean expect(int continuation, int first, int last) {
        pending = continuation;
        lower = first;
        upper = last;
        return true;
    }
}
