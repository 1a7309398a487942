package io.github.rnnmem.experiments.settings;

import java.util.List;
import java.util.Optional;

/**
 * How the value under one key is bound from YAML, checked when given to a record's constructor,
 * turned into plain data for the canonical YAML and JSON, and described in the schema. Scalars and
 * lists are {@link ValueFormat}s over a {@code Domain}; nested mappings are {@link RecordFormat}s.
 *
 * @param <T> the value's type in the record
 */
public interface Format<T> {

    /**
     * Binds the YAML value found under the key, reporting every problem inside it.
     *
     * @param node the value
     * @param path its configuration path, such as {@code training.batch_size}
     * @param binding where problems are reported
     * @return the value, or empty when it has problems
     */
    Optional<T> bind(YamlNode node, String path, Binding binding);

    /**
     * Checks a value given to a record's constructor.
     *
     * @param value the value, not null
     * @return the value, or empty when it breaks the rule
     */
    Optional<T> accept(Object value);

    /**
     * What a valid value looks like.
     *
     * @return a phrase such as {@code an integer in [1, 65536]}
     */
    String expected();

    /**
     * A value as plain data: {@link String}, {@link Integer}, {@link Double}, {@link Boolean}, a
     * {@link List} of those, or a {@link java.util.Map} from keys to such data.
     *
     * @param value the value
     * @return its plain form
     */
    Object plain(T value);

    /**
     * Adds the schema rows of a key with this format (and of the keys inside it).
     *
     * @param path the key's configuration path
     * @param fallback what the key takes when absent, in words
     * @param meaning what the key means
     * @param rows where rows are added
     */
    void describe(String path, String fallback, String meaning, List<SchemaRow> rows);
}
