package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.api.Domain;
import java.util.Objects;
import java.util.Optional;

/**
 * Integers in a closed range, with the wording of the unit hyperparameters' {@link
 * Domain.IntegerRange}.
 *
 * @param domain the range
 */
public record IntegerRule(Domain.IntegerRange domain) implements Rule<Integer> {

    /** Checks the domain is present. */
    public IntegerRule {
        Objects.requireNonNull(domain, "domain");
    }

    /**
     * Integers in {@code [min, max]}.
     *
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @return the rule
     */
    public static IntegerRule between(int min, int max) {
        return new IntegerRule(new Domain.IntegerRange(min, max));
    }

    @Override
    public Optional<Integer> accept(Object value) {
        return domain.accept(value).map(Integer.class::cast);
    }

    @Override
    public String expected() {
        return domain.expected();
    }

    @Override
    public String type() {
        return domain.type();
    }

    @Override
    public String range() {
        return domain.range();
    }

    @Override
    public Object plain(Integer value) {
        return value;
    }
}
