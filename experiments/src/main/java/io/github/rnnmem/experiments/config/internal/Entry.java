package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.experiments.config.SchemaRow;
import java.util.List;
import java.util.Optional;

/**
 * One key of a configuration mapping: a {@link Setting}, a nested {@link Section}, or a list of
 * mappings. An entry checks values given to a record's constructor ({@link #accept}), binds the
 * YAML value under its key ({@link #bind}), writes its canonical YAML and describes itself.
 *
 * @param <T> the type of the value in the configuration records
 */
public interface Entry<T> {

    /**
     * The key.
     *
     * @return the key as written in YAML, such as {@code batch_size}
     */
    String key();

    /**
     * What the key means, for the schema table.
     *
     * @return one sentence
     */
    String description();

    /**
     * What the key takes when absent.
     *
     * @return the fallback
     */
    Fallback<T> fallback();

    /**
     * Checks a value, either typed as the records hold it or plain as YAML gives it.
     *
     * @param value the value, not null
     * @return the value in the records' type, or empty when the value breaks the entry's rule
     */
    Optional<T> accept(Object value);

    /**
     * What a valid value looks like.
     *
     * @return a phrase such as {@code an integer in [1, 65536]}
     */
    String expected();

    /**
     * Binds the YAML value found under the key, reporting every problem inside it.
     *
     * @param node the value
     * @param path the value's configuration path
     * @param binding where problems are reported
     * @return the value, or empty when it has problems
     */
    Optional<T> bind(YamlNode node, String path, Binding binding);

    /**
     * Writes the key and its value in canonical form.
     *
     * @param value the value
     * @param out the writer
     */
    void write(T value, YamlWriter out);

    /**
     * Adds the schema rows of this key (and of the keys inside it).
     *
     * @param path the key's configuration path
     * @param rows where rows are added
     */
    void describe(String path, List<SchemaRow> rows);
}
