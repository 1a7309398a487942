package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.api.Domain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Non-empty lists of distinct integers, each in a range.
 *
 * @param element the range of each item
 */
public record IntegerListRule(Domain.IntegerRange element) implements Rule<List<Integer>> {

    /** Checks the element range is present. */
    public IntegerListRule {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public Optional<List<Integer>> accept(Object value) {
        if (!(value instanceof List<?> items) || items.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> accepted = new ArrayList<>();
        for (Object item : items) {
            Optional<Object> number = item == null ? Optional.empty() : element.accept(item);
            if (number.isEmpty()) {
                return Optional.empty();
            }
            accepted.add((Integer) number.get());
        }
        return new HashSet<>(accepted).size() == accepted.size()
                ? Optional.of(List.copyOf(accepted))
                : Optional.empty();
    }

    @Override
    public String expected() {
        return "a non-empty list of distinct integers in " + element.range();
    }

    @Override
    public String type() {
        return "list of integers";
    }

    @Override
    public String range() {
        return "non-empty, distinct, each in " + element.range();
    }

    @Override
    public Object plain(List<Integer> value) {
        return value;
    }
}
