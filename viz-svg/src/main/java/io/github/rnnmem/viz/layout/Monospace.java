package io.github.rnnmem.viz.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measurement for a monospace font whose every character advances 0.6 em, the advance of
 * DejaVu Sans Mono, Menlo, Consolas and Liberation Mono. A character is a Unicode code point.
 */
final class Monospace {

    /** The advance of one character, in em. */
    static final double ADVANCE = 0.6;

    private static final String ELLIPSIS = "…";

    private Monospace() {}

    /**
     * The width of a text.
     *
     * @param text the text
     * @param size the font size in pixels
     * @return {@code characters x 0.6 x size}
     */
    static double width(String text, double size) {
        return text.codePointCount(0, text.length()) * ADVANCE * size;
    }

    /**
     * The text, or its start and an ellipsis when it is wider than {@code maxWidth}.
     *
     * @param text the text
     * @param size the font size
     * @param maxWidth the width available
     * @return a text at most {@code maxWidth} wide (at least the ellipsis)
     */
    static String fit(String text, double size, double maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        int keep = Math.max(0, (int) Math.floor(maxWidth / (ADVANCE * size)) - 1);
        return text.substring(0, text.offsetByCodePoints(0, keep)).stripTrailing() + ELLIPSIS;
    }

    /**
     * Breaks a text into lines at most {@code maxWidth} wide, at spaces where possible (a word longer
     * than a line is cut). Lines beyond {@code maxLines} are dropped and the last kept line ends
     * with an ellipsis.
     *
     * @param text the text
     * @param size the font size
     * @param maxWidth the line width available
     * @param maxLines the most lines, at least 1
     * @return the lines, at least one
     */
    static List<String> wrap(String text, double size, double maxWidth, int maxLines) {
        int perLine = Math.max(1, (int) Math.floor(maxWidth / (ADVANCE * size)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String rest = word;
            while (!rest.isEmpty()) {
                int lineLength = line.codePointCount(0, line.length());
                int room = perLine - lineLength - (lineLength > 0 ? 1 : 0);
                int restLength = rest.codePointCount(0, rest.length());
                if (restLength <= room) {
                    line.append(lineLength > 0 ? " " : "").append(rest);
                    rest = "";
                } else if (lineLength > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    int cut = rest.offsetByCodePoints(0, perLine);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
            }
        }
        lines.add(line.toString());
        if (lines.size() <= maxLines) {
            return List.copyOf(lines);
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, fit(kept.get(maxLines - 1) + " " + lines.get(maxLines), size, maxWidth));
        return List.copyOf(kept);
    }
}
