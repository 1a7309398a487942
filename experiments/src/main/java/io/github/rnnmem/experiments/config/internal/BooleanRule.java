package io.github.rnnmem.experiments.config.internal;

import java.util.Optional;

/** {@code true} or {@code false}. */
public record BooleanRule() implements Rule<Boolean> {

    @Override
    public Optional<Boolean> accept(Object value) {
        return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    @Override
    public String expected() {
        return "true or false";
    }

    @Override
    public String type() {
        return "boolean";
    }

    @Override
    public String range() {
        return "true, false";
    }

    @Override
    public Object plain(Boolean value) {
        return value;
    }
}
