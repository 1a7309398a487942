package io.github.rnnmem.viz.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks for the data records. Each failure is an {@link IllegalArgumentException} whose
 * message reads {@code <what>: expected <rule>, got <value>}, so a caller can show it as it is.
 */
public final class Require {

    private static final Pattern DASH = Pattern.compile("\\d+(\\.\\d+)?([ ,]+\\d+(\\.\\d+)?)*");

    private Require() {}

    /**
     * Checks a stroke dash pattern in SVG's {@code stroke-dasharray} syntax: lengths of dashes and
     * gaps, such as {@code "8 8"} or {@code "2 2"}, separated by spaces or commas, not all zero.
     *
     * @param pattern the pattern, or null (or blank) for a solid line
     * @param what where the pattern belongs
     * @return the pattern with single spaces between lengths, or null for a solid line
     */
    public static String dash(String pattern, String what) {
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        String trimmed = pattern.strip();
        if (!DASH.matcher(trimmed).matches() || trimmed.chars().noneMatch(c -> c >= '1' && c <= '9')) {
            throw new IllegalArgumentException(what + ": expected dash and gap lengths such as \"8 8\", got \""
                    + pattern + "\"");
        }
        return String.join(" ", trimmed.split("[ ,]+"));
    }

    /**
     * Checks that a value is present.
     *
     * @param value the value
     * @param what where the value belongs, such as {@code series "gru": colour}
     * @param <T> the value type
     * @return the value
     */
    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + ": expected a value, got nothing");
        }
        return value;
    }

    /**
     * Checks that a text is present and not blank.
     *
     * @param value the text
     * @param what where the text belongs, such as {@code series name}
     * @return the text
     */
    public static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + ": expected a non-blank text, got "
                    + (value == null ? "nothing" : "\"" + value + "\""));
        }
        return value;
    }

    /**
     * Checks that a number is finite and strictly positive.
     *
     * @param value the number
     * @param what where the number belongs
     * @return the number
     */
    public static double positive(double value, String what) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new IllegalArgumentException(what + ": expected a finite number > 0, got " + value);
        }
        return value;
    }

    /**
     * Checks that a list is present, not empty and free of nulls, and copies it.
     *
     * @param list the list
     * @param what what the list holds, such as {@code series of line chart "Training"}
     * @param <T> the element type
     * @return an unmodifiable copy
     */
    public static <T> List<T> nonEmpty(List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(what + ": expected at least one, got none");
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(
                    what + ": expected no missing (null) entry, got one at index " + list.indexOf(null));
        }
        return List.copyOf(list);
    }
}
