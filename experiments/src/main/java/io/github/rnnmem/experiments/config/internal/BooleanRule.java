package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.api.Domain;
import java.util.Optional;

/**
 * {@code true} or {@code false}, in the wording of {@link Domain.Flag}.
 *
 * @param flag the domain
 */
public record BooleanRule(Domain.Flag flag) implements Rule<Boolean> {

    /** The rule of a flag. */
    public BooleanRule() {
        this(new Domain.Flag());
    }

    @Override
    public Optional<Boolean> accept(Object value) {
        return flag.accept(value).map(Boolean.class::cast);
    }

    @Override
    public String expected() {
        return flag.expected();
    }

    @Override
    public String type() {
        return flag.type();
    }

    @Override
    public String range() {
        return flag.range();
    }

    @Override
    public Object plain(Boolean value) {
        return value;
    }
}
