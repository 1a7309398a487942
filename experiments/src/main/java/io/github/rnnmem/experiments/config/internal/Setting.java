package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.experiments.config.SchemaRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A key whose value is a scalar or a list of scalars, checked by a {@link Rule}.
 *
 * @param key the key, such as {@code batch_size}
 * @param rule the values it accepts
 * @param fallback what it takes when absent
 * @param description what it means
 * @param <T> the value type
 */
public record Setting<T>(String key, Rule<T> rule, Fallback<T> fallback, String description)
        implements Entry<T> {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    /** Checks the parts, and that a fixed default obeys the rule. */
    public Setting {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fallback, "fallback");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("setting key " + key + " does not match " + KEY.pattern());
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("setting " + key + " needs a description");
        }
        if (fallback instanceof Fallback.Value<T> value && rule.accept(value.value()).isEmpty()) {
            throw new IllegalArgumentException("default of " + key + " is not " + rule.expected());
        }
    }

    @Override
    public Optional<T> accept(Object value) {
        return rule.accept(value);
    }

    @Override
    public String expected() {
        return rule.expected();
    }

    @Override
    public Optional<T> bind(YamlNode node, String path, Binding binding) {
        Optional<T> value = rule.acceptYaml(node.raw(), node.location().source());
        if (value.isEmpty()) {
            binding.invalid(node, path, rule.expected());
        }
        return value;
    }

    @Override
    public void write(T value, YamlWriter out) {
        out.value(key, rule.plain(value));
    }

    @Override
    public void describe(String path, List<SchemaRow> rows) {
        String defaultValue = fallback.describe(v -> YamlWriter.inline(rule.plain(v)));
        rows.add(new SchemaRow(path, rule.type(), rule.range(), defaultValue, description));
    }
}
