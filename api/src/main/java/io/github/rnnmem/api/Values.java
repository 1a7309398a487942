package io.github.rnnmem.api;

import java.util.List;
import java.util.Map;

/** Renders values found in configuration for messages: strings quoted, absence named. */
public final class Values {

    private Values() {}

    /**
     * Renders a value the way an error message shows what it found.
     *
     * @param value the value, possibly null
     * @return {@code nothing} for null, a quoted string for text, else the value's text
     */
    public static String render(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String text) {
            return "\"" + text.replace("\"", "\\\"") + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return String.valueOf(value);
    }
}
