package io.github.rnnmem.experiments.settings;

import java.util.Objects;

/**
 * One setting of a record: a component declared with {@link Setting}, its key, what it takes when
 * absent, and its format.
 *
 * @param key the key as written in YAML, such as {@code batch_size}
 * @param meaning what the setting means
 * @param fallback what it takes when absent
 * @param format how its value is read, checked, written and described
 */
record Entry(String key, String meaning, Fallback fallback, Format<Object> format) {

    /** Checks the parts. */
    Entry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(format, "format");
    }
}
