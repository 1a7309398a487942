package io.github.rnnmem.viz.internal;

/**
 * Escapes text for XML and HTML, in element content and in double- or single-quoted attribute
 * values alike.
 *
 * <p>The five markup characters become {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;}
 * and {@code &#39;}. Tab, line feed and carriage return become character references so that they
 * survive attribute-value normalisation. Characters that XML 1.0 forbids (other C0 controls,
 * lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so the output is always well-formed.
 */
public final class Xml {

    private static final char REPLACEMENT = '\uFFFD';

    private Xml() {}

    /**
     * Escapes a text.
     *
     * @param text any text
     * @return the text, safe between tags and inside quoted attribute values
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
