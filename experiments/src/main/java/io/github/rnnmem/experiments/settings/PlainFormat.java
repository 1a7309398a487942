package io.github.rnnmem.experiments.settings;

import io.github.rnnmem.api.Domain;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A value held in the record as its domain gives it: an integer, a number, a flag, a text or a
 * list of integers.
 *
 * @param <T> the value's type
 */
public class PlainFormat<T> extends ValueFormat<T> {

    private final Class<T> type;

    /**
     * Creates the format.
     *
     * @param type the value's type, that of the domain's canonical values
     * @param domain the values accepted
     */
    public PlainFormat(Class<T> type, Domain domain) {
        super(type, domain);
        this.type = type;
    }

    @Override
    protected final Optional<T> decode(Object canonical, Path baseDirectory) {
        return Optional.of(type.cast(canonical));
    }

    @Override
    protected final Object encode(T value) {
        return value;
    }
}
