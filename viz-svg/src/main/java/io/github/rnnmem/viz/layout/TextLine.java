package io.github.rnnmem.viz.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text broken for display: the positions {@code start} (inclusive) to {@code end}
 * (exclusive).
 *
 * @param start the first position of the line
 * @param end the position after the last one
 */
public record TextLine(int start, int end) {

    /** Checks that the line holds at least one position. */
    public TextLine {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("text line: expected 0 <= start < end, got " + start + " to " + end);
        }
    }

    /**
     * The number of positions on the line.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * Breaks a text into lines of at most {@code perLine} characters, before spaces: each word
     * keeps the space in front of it (the space whose target is that word), so every line but the
     * first starts with a space and no character is dropped. A word longer than a line is cut.
     *
     * @param characters the text, one entry per position
     * @param perLine the most characters on a line, at least 1
     * @return the lines, covering every position in order
     */
    public static List<TextLine> breakText(List<String> characters, int perLine) {
        if (perLine < 1) {
            throw new IllegalArgumentException("text lines: expected at least 1 character per line, got " + perLine);
        }
        List<TextLine> lines = new ArrayList<>();
        int lineStart = 0;
        int position = 0;
        int count = characters.size();
        while (position < count) {
            int tokenEnd = position;
            while (tokenEnd < count && isSpace(characters.get(tokenEnd))) {
                tokenEnd++;
            }
            while (tokenEnd < count && !isSpace(characters.get(tokenEnd))) {
                tokenEnd++;
            }
            if (tokenEnd - lineStart <= perLine) {
                position = tokenEnd;
                continue;
            }
            if (position > lineStart) {
                lines.add(new TextLine(lineStart, position));
                lineStart = position;
                continue;
            }
            lines.add(new TextLine(lineStart, lineStart + perLine));
            lineStart += perLine;
            position = lineStart;
        }
        if (lineStart < count) {
            lines.add(new TextLine(lineStart, count));
        }
        return List.copyOf(lines);
    }

    private static boolean isSpace(String character) {
        return character.isBlank();
    }
}
