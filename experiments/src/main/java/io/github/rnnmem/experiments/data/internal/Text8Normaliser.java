package io.github.rnnmem.experiments.data.internal;

import java.nio.charset.StandardCharsets;

/**
 * Turns UTF-8 text, fed in blocks, into text8 form: words of {@code a-z} separated by single
 * spaces, without leading or trailing space, one byte per character.
 *
 * <p>The rules, in the spirit of Matt Mahoney's {@code wikifil.pl}:
 *
 * <ul>
 *   <li>a line that is a WikiExtractor tag, {@code <doc ...>} or {@code </doc>}, is dropped;
 *   <li>{@code A-Z} become {@code a-z}; {@code a-z} stay;
 *   <li>each digit becomes its English name between spaces: {@code 0} is {@code " zero "}, ...,
 *       {@code 9} is {@code " nine "};
 *   <li>every other character, ASCII or not (accented letters too), is a separator;
 *   <li>runs of separators become one space, and separators at the start and end are dropped;
 *   <li>documents (see {@link #endDocument()}) are joined by one space.
 * </ul>
 *
 * <p>Text already in text8 form therefore comes out byte for byte the same. Only the ASCII
 * letters count as letters, so the bytes of a multi-byte UTF-8 character are all separators and
 * the input need not be decoded; callers check it is well-formed with {@link Utf8Validator}.
 *
 * <p>The output stops growing at a capacity (see {@link #full()}); {@link #length(long)} then
 * cuts a prefix back to the last whole word.
 */
public final class Text8Normaliser {

    private static final byte[][] DIGIT_NAMES = {
        ascii("zero"), ascii("one"), ascii("two"), ascii("three"), ascii("four"),
        ascii("five"), ascii("six"), ascii("seven"), ascii("eight"), ascii("nine")
    };
    private static final byte[] DOC_END = ascii("</doc>");
    private static final byte[] DOC_START = ascii("<doc");
    /** Lines starting with {@code <} are held back until this long to see whether they are tags. */
    private static final int MAX_TAG_LINE = 4096;

    private final GrowableBytes out;
    private final int capacity;
    private final byte[] line = new byte[MAX_TAG_LINE];
    private int lineLength;
    private boolean holdingLine;
    private boolean lineStart = true;
    private boolean pendingSpace;

    /**
     * Creates a normaliser.
     *
     * @param capacity the most output bytes to produce; feeding stops having any effect once they
     *     are reached
     */
    public Text8Normaliser(int capacity) {
        this.capacity = capacity;
        this.out = new GrowableBytes(1 << 16, capacity);
    }

    /**
     * Normalises one whole text.
     *
     * @param raw the text
     * @return the text in text8 form
     */
    public static String normalise(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        Text8Normaliser normaliser = new Text8Normaliser(Integer.MAX_VALUE - 8);
        normaliser.feed(bytes, 0, bytes.length);
        normaliser.endDocument();
        return new String(normaliser.output().array(), 0, normaliser.output().length(), StandardCharsets.US_ASCII);
    }

    /**
     * Normalises the next block of the current document.
     *
     * @param bytes the buffer
     * @param from the first byte of the block
     * @param to one past the last byte of the block
     */
    public void feed(byte[] bytes, int from, int to) {
        for (int i = from; i < to && !full(); i++) {
            accept(bytes[i]);
        }
    }

    /** Ends the current document: the next text is separated from it by one space. */
    public void endDocument() {
        if (holdingLine) {
            releaseLine();
        }
        pendingSpace = true;
        lineStart = true;
    }

    /**
     * Whether the output has reached its capacity.
     *
     * @return true when further input is ignored
     */
    public boolean full() {
        return out.length() >= capacity;
    }

    /**
     * The output so far.
     *
     * @return the bytes, of which the first {@code output().length()} are the text
     */
    public GrowableBytes output() {
        return out;
    }

    /**
     * The length of the output once cut to a prefix: keep the first {@code limit} characters,
     * then drop a partial last word together with the space before it.
     *
     * @param limit the most characters to keep, or a value {@code <= 0} for all of them
     * @return the number of leading output bytes that form the text
     */
    public int length(long limit) {
        int length = out.length();
        if (limit <= 0 || length <= limit) {
            return length;
        }
        int cut = (int) limit;
        if (out.get(cut) == ' ') {
            return cut;
        }
        while (cut > 0 && out.get(cut) != ' ') {
            cut--;
        }
        return cut;
    }

    private void accept(byte b) {
        if (holdingLine) {
            hold(b);
        } else if (lineStart && b == '<') {
            holdingLine = true;
            lineLength = 0;
            line[lineLength++] = b;
        } else {
            normal(b);
        }
    }

    private void hold(byte b) {
        if (b == '\n' || lineLength == MAX_TAG_LINE) {
            releaseLine();
            normal(b);
        } else {
            line[lineLength++] = b;
        }
    }

    /** Drops the held line if it is a tag, otherwise normalises it. */
    private void releaseLine() {
        holdingLine = false;
        if (isTagLine()) {
            pendingSpace = true;
            return;
        }
        for (int i = 0; i < lineLength; i++) {
            normal(line[i]);
        }
    }

    private boolean isTagLine() {
        int end = lineLength;
        while (end > 0 && (line[end - 1] == '\r' || line[end - 1] == ' ' || line[end - 1] == '\t')) {
            end--;
        }
        if (startsWith(DOC_END) && end == DOC_END.length) {
            return true;
        }
        return startsWith(DOC_START)
                && end > DOC_START.length
                && (line[DOC_START.length] == ' ' || line[DOC_START.length] == '>')
                && line[end - 1] == '>';
    }

    private boolean startsWith(byte[] prefix) {
        if (lineLength < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private void normal(byte b) {
        lineStart = b == '\n';
        if (b >= 'a' && b <= 'z') {
            letter(b);
        } else if (b >= 'A' && b <= 'Z') {
            letter((byte) (b + ('a' - 'A')));
        } else if (b >= '0' && b <= '9') {
            pendingSpace = true;
            for (byte c : DIGIT_NAMES[b - '0']) {
                letter(c);
            }
            pendingSpace = true;
        } else {
            pendingSpace = true;
        }
    }

    private void letter(byte c) {
        if (full()) {
            return;
        }
        if (pendingSpace) {
            pendingSpace = false;
            if (out.length() > 0) {
                out.append((byte) ' ');
                if (full()) {
                    return;
                }
            }
        }
        out.append(c);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
