package io.github.rnnmem.experiments.settings;

import java.util.Objects;

/**
 * One key of the experiment schema, as {@link ConfigSchema#describe()} lists it.
 *
 * @param path the key's configuration path, such as {@code training.batch_size} or {@code
 *     units[].layers}
 * @param type the kind of value, such as {@code integer}, {@code choice} or {@code mapping}
 * @param range the admissible values, such as {@code [1, 65536]}; empty for a mapping
 * @param defaultValue the value taken when the key is absent, or {@code required}
 * @param meaning what the key does
 */
public record SchemaRow(String path, String type, String range, String defaultValue, String meaning) {

    /** Checks that every column is present. */
    public SchemaRow {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(meaning, "meaning");
    }
}
