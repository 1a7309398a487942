package io.github.rnnmem.api;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The set of values a {@link Hyperparameter} accepts, able to say what it expects in words.
 *
 * <p>{@link #accept(Object)} takes the value as a YAML loader produces it (Integer, Long,
 * BigInteger, Double, String, Boolean) and returns it in canonical form ({@link Integer}, {@link
 * Double}, {@link String} or {@link Boolean}), or empty when the value is outside the domain.
 */
public sealed interface Domain {

    /**
     * Canonicalises a raw value if it belongs to this domain.
     *
     * @param raw the value found, possibly null
     * @return the canonical value, or empty if {@code raw} is not in the domain
     */
    Optional<Object> accept(Object raw);

    /**
     * What a valid value looks like, for error messages.
     *
     * @return a phrase such as {@code an integer in [1, 65536]}
     */
    String expected();

    /**
     * The type column of a hyperparameter table.
     *
     * @return a short type name such as {@code integer}
     */
    String type();

    /**
     * The range column of a hyperparameter table.
     *
     * @return the admissible values, such as {@code [1, 65536]} or {@code unrolled | fused}
     */
    String range();

    /**
     * Integers in a closed range.
     *
     * @param min the smallest accepted value
     * @param max the largest accepted value
     */
    record IntegerRange(int min, int max) implements Domain {

        /** Checks that the range is not empty. */
        public IntegerRange {
            if (min > max) {
                throw new IllegalArgumentException("empty integer range [" + min + ", " + max + "]");
            }
        }

        @Override
        public Optional<Object> accept(Object raw) {
            BigInteger value;
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
                value = BigInteger.valueOf(((Number) raw).longValue());
            } else if (raw instanceof BigInteger big) {
                value = big;
            } else {
                return Optional.empty();
            }
            if (value.compareTo(BigInteger.valueOf(min)) < 0
                    || value.compareTo(BigInteger.valueOf(max)) > 0) {
                return Optional.empty();
            }
            return Optional.of(value.intValueExact());
        }

        @Override
        public String expected() {
            return "an integer in " + range();
        }

        @Override
        public String type() {
            return "integer";
        }

        @Override
        public String range() {
            return "[" + min + ", " + max + "]";
        }
    }

    /**
     * Real numbers in a closed range; integers are accepted and widened.
     *
     * @param min the smallest accepted value
     * @param max the largest accepted value
     */
    record RealRange(double min, double max) implements Domain {

        /** Checks that the range is finite and not empty. */
        public RealRange {
            if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("invalid real range [" + min + ", " + max + "]");
            }
        }

        @Override
        public Optional<Object> accept(Object raw) {
            if (!(raw instanceof Number number)) {
                return Optional.empty();
            }
            double value = number.doubleValue();
            if (Double.isNaN(value) || value < min || value > max) {
                return Optional.empty();
            }
            return Optional.of(value);
        }

        @Override
        public String expected() {
            return "a number in " + range();
        }

        @Override
        public String type() {
            return "number";
        }

        @Override
        public String range() {
            return "[" + format(min) + ", " + format(max) + "]";
        }

        private static String format(double value) {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? String.valueOf((long) value)
                    : String.format(Locale.ROOT, "%s", value);
        }
    }

    /**
     * One of a fixed list of words.
     *
     * @param options the accepted words, in the order they are listed to users
     */
    record Choice(List<String> options) implements Domain {

        /** Copies the options and checks that there is at least one. */
        public Choice {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs at least one option");
            }
        }

        @Override
        public Optional<Object> accept(Object raw) {
            return raw instanceof String word && options.contains(word)
                    ? Optional.of(word)
                    : Optional.empty();
        }

        @Override
        public String expected() {
            return options.size() == 1
                    ? "\"" + options.get(0) + "\""
                    : "one of " + String.join(", ", options);
        }

        @Override
        public String type() {
            return "choice";
        }

        @Override
        public String range() {
            return String.join(" | ", options);
        }
    }

    /** {@code true} or {@code false}. */
    record Flag() implements Domain {

        @Override
        public Optional<Object> accept(Object raw) {
            return raw instanceof Boolean ? Optional.of(raw) : Optional.empty();
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
            return "true | false";
        }
    }
}
