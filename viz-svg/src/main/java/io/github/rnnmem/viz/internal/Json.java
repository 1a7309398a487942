package io.github.rnnmem.viz.internal;

import java.util.Locale;

/**
 * Writes JSON text safe to embed in an HTML page's {@code <script>} element, which is also
 * well-formed XML: besides JSON's own escapes, {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}, {@code \u003e} and {@code \u0026}, so the text can contain neither {@code
 * </script>} nor {@code ]]>} nor a character reference, and U+2028 and U+2029 are escaped for old
 * JavaScript parsers.
 */
public final class Json {

    private Json() {}

    /**
     * A JSON string literal.
     *
     * @param text the text
     * @return the text in double quotes, escaped
     */
    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
