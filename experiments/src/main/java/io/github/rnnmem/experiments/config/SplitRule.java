package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Rule;
import java.util.List;
import java.util.Optional;

/** The values of {@code dataset.split}: lists of three fractions that make a {@link DataSplit}. */
final class SplitRule implements Rule<DataSplit> {

    @Override
    public Optional<DataSplit> accept(Object value) {
        if (value instanceof DataSplit split) {
            return Optional.of(split);
        }
        if (!(value instanceof List<?> items)
                || items.size() != 3
                || !items.stream().allMatch(item -> item instanceof Number)) {
            return Optional.empty();
        }
        double train = ((Number) items.get(0)).doubleValue();
        double validation = ((Number) items.get(1)).doubleValue();
        double test = ((Number) items.get(2)).doubleValue();
        return DataSplit.isValid(train, validation, test)
                ? Optional.of(new DataSplit(train, validation, test))
                : Optional.empty();
    }

    @Override
    public String expected() {
        return DataSplit.EXPECTED;
    }

    @Override
    public String type() {
        return "list of 3 numbers";
    }

    @Override
    public String range() {
        return "each in [0, 1], sum 1, train > 0, test > 0";
    }

    @Override
    public Object plain(DataSplit value) {
        return value.asList();
    }
}
