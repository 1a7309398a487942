package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.api.Domain;
import java.util.Objects;
import java.util.Optional;

/**
 * Real numbers in an interval whose ends may be open or closed; integers are accepted and widened.
 * The closed interval is the unit hyperparameters' {@link Domain.RealRange}, whose checks and
 * wording this rule narrows by excluding open ends.
 *
 * @param closure the interval with both ends included
 * @param minOpen whether the lower end itself is excluded
 * @param maxOpen whether the upper end itself is excluded
 */
public record RealRule(Domain.RealRange closure, boolean minOpen, boolean maxOpen) implements Rule<Double> {

    /** Checks that the interval is present and not a single point. */
    public RealRule {
        Objects.requireNonNull(closure, "closure");
        if (!(closure.min() < closure.max())) {
            throw new IllegalArgumentException("the interval " + closure.range() + " is a single point");
        }
    }

    /**
     * The interval {@code (min, max]}.
     *
     * @param min the excluded lower end
     * @param max the upper end
     * @return the rule
     */
    public static RealRule aboveUpTo(double min, double max) {
        return new RealRule(new Domain.RealRange(min, max), true, false);
    }

    /**
     * The interval {@code [min, max)}.
     *
     * @param min the lower end
     * @param max the excluded upper end
     * @return the rule
     */
    public static RealRule fromBelow(double min, double max) {
        return new RealRule(new Domain.RealRange(min, max), false, true);
    }

    @Override
    public Optional<Double> accept(Object value) {
        return closure.accept(value)
                .map(Double.class::cast)
                .filter(x -> !(minOpen && x == closure.min()) && !(maxOpen && x == closure.max()));
    }

    @Override
    public String expected() {
        return "a number in " + range();
    }

    @Override
    public String type() {
        return closure.type();
    }

    @Override
    public String range() {
        String ends = closure.range();
        return (minOpen ? "(" : "[") + ends.substring(1, ends.length() - 1) + (maxOpen ? ")" : "]");
    }

    @Override
    public Object plain(Double value) {
        return value;
    }
}
