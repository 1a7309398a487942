package io.github.rnnmem.experiments.settings;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes YAML in the canonical form of the configuration: block mappings indented by two spaces,
 * lists of mappings as {@code - } items, lists of scalars in flow style, strings plain when they
 * read back as the same string and double-quoted otherwise. Numbers are written so that they read
 * back exactly and independently of the locale.
 */
public final class YamlWriter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./:+-]*");

    private final StringBuilder text = new StringBuilder();
    private int depth;
    private boolean itemStarted;

    /**
     * Writes a mapping given as plain data, at the current level: a nested mapping as a block, a
     * list of mappings as {@code - } items, anything else in flow style.
     *
     * @param mapping keys to plain data, see {@link #inline(Object)}; {@link Map}s and lists of
     *     {@link Map}s for blocks
     */
    public void mapping(Map<String, ?> mapping) {
        mapping.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                beginMapping(key);
                mapping(keyed(nested));
                end();
            } else if (value instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Map<?, ?>) {
                beginMapping(key);
                for (Object item : items) {
                    beginItem();
                    mapping(keyed((Map<?, ?>) item));
                    end();
                }
                end();
            } else {
                value(key, value);
            }
        });
    }

    /**
     * Writes a key and a scalar or flow-list value.
     *
     * @param key the key
     * @param plain the value as plain data, see {@link #inline(Object)}
     */
    public void value(String key, Object plain) {
        line(key + ": " + inline(plain));
    }

    /**
     * Starts a nested block under a key: a mapping, or a list of items.
     *
     * @param key the key
     */
    public void beginMapping(String key) {
        line(key + ":");
        depth++;
    }

    /** Starts one item of a list of mappings: the next line written is marked {@code - }. */
    public void beginItem() {
        depth++;
        itemStarted = true;
    }

    /** Ends the innermost block or item. */
    public void end() {
        depth--;
    }

    /**
     * The text written so far.
     *
     * @return YAML text, one line per key
     */
    public String text() {
        return text.toString();
    }

    /**
     * Writes a plain value in flow style.
     *
     * @param plain a {@link String}, {@link Integer}, {@link Long}, {@link BigInteger}, {@link
     *     Double}, {@link Boolean}, or a {@link List} or {@link Map} of those
     * @return the YAML text, such as {@code 64}, {@code 1.0e-8}, {@code "gpu:0"}, {@code [0.9,
     *     0.05, 0.05]} or {@code {hidden: 600, variant: article}}
     */
    public static String inline(Object plain) {
        if (plain instanceof String string) {
            return string(string);
        }
        if (plain instanceof Double number) {
            return Double.toString(number).replace('E', 'e');
        }
        if (plain instanceof Integer || plain instanceof Long || plain instanceof BigInteger || plain instanceof Boolean) {
            return plain.toString();
        }
        if (plain instanceof List<?> list) {
            return list.stream().map(YamlWriter::inline).collect(Collectors.joining(", ", "[", "]"));
        }
        if (plain instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> string((String) e.getKey()) + ": " + inline(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        throw new IllegalArgumentException("not plain YAML data: " + plain);
    }

    private static String string(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(":") && YamlReader.readsAsString(value)) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                quoted.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    @SuppressWarnings("unchecked") // plain mappings have text keys
    private static Map<String, ?> keyed(Map<?, ?> mapping) {
        return (Map<String, ?>) mapping;
    }

    private void line(String content) {
        if (itemStarted) {
            text.append("  ".repeat(depth - 1)).append("- ");
            itemStarted = false;
        } else {
            text.append("  ".repeat(depth));
        }
        text.append(content).append('\n');
    }
}
