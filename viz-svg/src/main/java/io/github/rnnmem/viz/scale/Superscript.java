package io.github.rnnmem.viz.scale;

/** Writes integers with Unicode superscript characters, for exponents such as the 3 in 10³. */
public final class Superscript {

    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char MINUS = '⁻';

    private Superscript() {}

    /**
     * The integer in superscript: {@code -12 -> "⁻¹²"}.
     *
     * @param value the integer
     * @return the text
     */
    public static String of(int value) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(value).toCharArray()) {
            out.append(c == '-' ? MINUS : DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
