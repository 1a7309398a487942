package io.github.rnnmem.experiments.settings;

import java.util.List;
import java.util.Optional;

/**
 * A nested mapping bound to a record of settings, such as {@code training}. An empty value counts
 * as a mapping without keys, so that every default applies.
 *
 * @param settings the record's settings
 * @param <R> the record type
 */
public record RecordFormat<R extends Record>(RecordSettings<R> settings) implements Format<R> {

    @Override
    public Optional<R> bind(YamlNode node, String path, Binding binding) {
        YamlNode value = node instanceof YamlScalar scalar && scalar.isNull() ? YamlMap.empty(node.location()) : node;
        if (!(value instanceof YamlMap map)) {
            binding.invalid(value, path, expected());
            return Optional.empty();
        }
        return settings.bind(map, path, binding);
    }

    @Override
    public Optional<R> accept(Object value) {
        return settings.type().isInstance(value) ? Optional.of(settings.type().cast(value)) : Optional.empty();
    }

    @Override
    public String expected() {
        return "a mapping with keys " + String.join(", ", settings.keys());
    }

    @Override
    public Object plain(R value) {
        return settings.plain(value);
    }

    @Override
    public void describe(String path, String fallback, String meaning, List<SchemaRow> rows) {
        if (!path.isEmpty()) {
            rows.add(new SchemaRow(path, "mapping", "", fallback, meaning));
        }
        settings.describe(path, rows);
    }
}
