package io.github.rnnmem.experiments.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option's value to an integer within bounds, or says what was expected: {@code expects
 * a number of runs in [1, 1000], got "x"}. An option names a subclass that fixes the bounds.
 */
abstract class IntegerInRange implements ITypeConverter<Integer> {

    private final String what;
    private final int min;
    private final int max;

    /**
     * Creates the converter.
     *
     * @param what what the number counts, such as {@code a number of runs}
     * @param min the smallest value accepted
     * @param max the largest value accepted ({@link Integer#MAX_VALUE} for no bound)
     */
    IntegerInRange(String what, int min, int max) {
        this.what = what;
        this.min = min;
        this.max = max;
    }

    @Override
    public Integer convert(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? ">= " + min : String.format(Locale.ROOT, "in [%d, %d]", min, max);
        throw new TypeConversionException("expects " + what + " " + range + ", got \"" + text + "\"");
    }
}
