package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.experiments.config.SchemaRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A mapping that becomes one configuration record, such as {@code training}: its {@link Table},
 * and how the record is made from and taken apart into {@link Fields}.
 *
 * @param <R> the record type
 */
public final class Section<R> implements Entry<R> {

    private final String path;
    private final String key;
    private final String description;
    private final Fallback<R> fallback;
    private final Class<R> type;
    private final Table table;
    private final Function<Fields, R> compose;
    private final Function<R, Fields> decompose;

    /**
     * Creates a section.
     *
     * @param path the section's configuration path, such as {@code analysis.connectivity}; empty
     *     for the top level
     * @param description what the section configures
     * @param fallback {@link Fallback#required()} or {@link Fallback#defaults()}
     * @param type the record type
     * @param table the rule table
     * @param compose makes the record from valid values with defaults filled in
     * @param decompose gives a record's values
     */
    public Section(
            String path,
            String description,
            Fallback<R> fallback,
            Class<R> type,
            Table table,
            Function<Fields, R> compose,
            Function<R, Fields> decompose) {
        this.path = Objects.requireNonNull(path, "path");
        this.key = path.substring(path.lastIndexOf('.') + 1);
        this.description = Objects.requireNonNull(description, "description");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.type = Objects.requireNonNull(type, "type");
        this.table = Objects.requireNonNull(table, "table");
        this.compose = Objects.requireNonNull(compose, "compose");
        this.decompose = Objects.requireNonNull(decompose, "decompose");
    }

    /**
     * Checks the values given to the record's constructor, see {@link Table#verify}.
     *
     * @param given the values
     * @throws IllegalArgumentException listing every problem
     */
    public void verify(Fields given) {
        table.verify(path, given);
    }

    /**
     * Binds a whole document to the record.
     *
     * @param root the document's root value
     * @param binding where problems are reported
     * @return the record, or empty when there are problems
     */
    public Optional<R> bindRoot(YamlNode root, Binding binding) {
        return bind(root, path, binding);
    }

    /**
     * Writes a record's values in canonical form, at the current level.
     *
     * @param fields the values, possibly with keys left out
     * @param out the writer
     */
    public void writeFields(Fields fields, YamlWriter out) {
        table.write(fields, out);
    }

    /**
     * A record's values.
     *
     * @param value the record
     * @return its values by entry
     */
    public Fields fieldsOf(R value) {
        return decompose.apply(value);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Fallback<R> fallback() {
        return fallback;
    }

    @Override
    public Optional<R> accept(Object value) {
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    @Override
    public String expected() {
        return "a mapping with keys " + String.join(", ", table.keys());
    }

    /** An empty value counts as a mapping with no keys, so that every default applies. */
    @Override
    public Optional<R> bind(YamlNode node, String where, Binding binding) {
        YamlNode value = node instanceof YamlScalar scalar && scalar.isNull() ? YamlMap.empty(node.location()) : node;
        if (!(value instanceof YamlMap map)) {
            binding.invalid(value, where, expected());
            return Optional.empty();
        }
        binding.checkKeys(map, where, table.keys());
        return table.bind(map, where, binding).map(compose);
    }

    @Override
    public void write(R value, YamlWriter out) {
        out.beginMapping(key);
        writeFields(fieldsOf(value), out);
        out.end();
    }

    @Override
    public void describe(String where, List<SchemaRow> rows) {
        if (!where.isEmpty()) {
            rows.add(new SchemaRow(where, "mapping", "", fallback.describe(r -> ""), description));
        }
        table.describe(where, rows);
    }
}
