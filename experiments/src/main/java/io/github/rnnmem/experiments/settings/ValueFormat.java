package io.github.rnnmem.experiments.settings;

import io.github.rnnmem.api.Domain;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scalar or list value: a {@link Domain} checks and describes the plain value, and the format
 * turns the domain's canonical value into the record's type and back.
 *
 * @param <T> the value's type in the record
 */
public abstract class ValueFormat<T> implements Format<T> {

    private final Class<T> type;
    private final Domain domain;

    /**
     * Creates a format.
     *
     * @param type the value's type in the record
     * @param domain the plain values accepted
     */
    protected ValueFormat(Class<T> type, Domain domain) {
        this.type = Objects.requireNonNull(type, "type");
        this.domain = Objects.requireNonNull(domain, "domain");
    }

    /**
     * The plain values accepted, in words.
     *
     * @return the domain
     */
    public final Domain domain() {
        return domain;
    }

    /**
     * Turns a canonical value of the domain into the record's type.
     *
     * @param canonical a value the domain accepted
     * @param baseDirectory where a relative path written beside the value resolves
     * @return the value, or empty when it breaks a rule the domain does not express
     */
    protected abstract Optional<T> decode(Object canonical, Path baseDirectory);

    /**
     * Turns a value of the record's type into plain data that the domain accepts.
     *
     * @param value the value
     * @return its plain form
     */
    protected abstract Object encode(T value);

    @Override
    public final Optional<T> bind(YamlNode node, String path, Binding binding) {
        Optional<T> value = domain.accept(node.raw()).flatMap(c -> decode(c, node.location().source().baseDirectory()));
        if (value.isEmpty()) {
            binding.invalid(node, path, domain.expected());
        }
        return value;
    }

    @Override
    public final Optional<T> accept(Object value) {
        return type.isInstance(value) && domain.accept(encode(type.cast(value))).isPresent()
                ? Optional.of(type.cast(value))
                : Optional.empty();
    }

    @Override
    public final String expected() {
        return domain.expected();
    }

    @Override
    public final Object plain(T value) {
        return encode(value);
    }

    @Override
    public final void describe(String path, String fallback, String meaning, List<SchemaRow> rows) {
        rows.add(new SchemaRow(path, domain.type(), domain.range(), fallback, meaning));
    }

    /**
     * Reads a default written as text: the text itself when the domain takes it, else the text
     * read as YAML.
     *
     * @param text the default, as {@link Setting#fallback()} gives it
     * @return the value
     * @throws IllegalArgumentException when the text is no value of this format
     */
    final T parseDefault(String text) {
        Optional<Object> canonical = domain.accept(text).or(() -> domain.accept(YamlReader.plain(text)));
        return canonical.flatMap(c -> decode(c, Path.of("")))
                .orElseThrow(() -> new IllegalArgumentException("the default " + text + " is not " + domain.expected()));
    }
}
