package io.github.rnnmem.experiments.data.internal;

/**
 * Text in text8 form, one byte per character.
 *
 * @param bytes the buffer
 * @param length how many leading bytes of the buffer are the text
 */
public record NormalisedBytes(byte[] bytes, int length) {

    /** Checks the length against the buffer. */
    public NormalisedBytes {
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length " + length + " outside a buffer of " + bytes.length);
        }
    }
}
