package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.Domain;
import io.github.rnnmem.experiments.config.ConfigSchema;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option's value to an integer of a {@link Domain}, or says what was expected: {@code
 * expects a number of runs in [1, 1000], got "x"}. An option names a subclass that fixes the
 * domain; an option that sets what an experiment's setting sets takes that setting's declared
 * domain ({@link ConfigSchema#domain}).
 */
abstract class IntegerInRange implements ITypeConverter<Integer> {

    private final String what;
    private final Domain.IntegerRange domain;

    /**
     * Creates the converter.
     *
     * @param what what the number counts, such as {@code a number of runs}
     * @param domain the integers accepted
     */
    IntegerInRange(String what, Domain.IntegerRange domain) {
        this.what = what;
        this.domain = domain;
    }

    @Override
    public Integer convert(String text) {
        try {
            Optional<Object> value = domain.accept(Long.parseLong(text.strip()));
            if (value.isPresent()) {
                return (Integer) value.get();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = domain.max() == Integer.MAX_VALUE ? ">= " + domain.min() : "in " + domain.range();
        throw new TypeConversionException("expects " + what + " " + range + ", got \"" + text + "\"");
    }
}
