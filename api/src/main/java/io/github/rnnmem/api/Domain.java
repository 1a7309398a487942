package io.github.rnnmem.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The set of values a {@link Hyperparameter} accepts, able to say what it expects in words.
 *
 * <p>{@link #accept(Object)} takes the value as a YAML loader produces it (Integer, Long,
 * BigInteger, Double, String, Boolean, or a List of those) and returns it in canonical form
 * ({@link Integer}, {@link Double}, {@link String}, {@link Boolean} or an unmodifiable {@link
 * List} of those), or empty when the value is outside the domain.
 *
 * <p>The same vocabulary describes a unit's hyperparameters and the framework's own experiment
 * settings, so that both are checked, worded and listed alike.
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
     * Real numbers in an interval whose ends are each included or excluded; integers are accepted
     * and widened.
     *
     * @param min the lower end
     * @param max the upper end
     * @param minOpen whether the lower end itself is excluded: {@code (min, ...}
     * @param maxOpen whether the upper end itself is excluded: {@code ..., max)}
     */
    record RealRange(double min, double max, boolean minOpen, boolean maxOpen) implements Domain {

        /** Checks that the ends are finite and the interval holds more than nothing. */
        public RealRange {
            boolean empty = (minOpen || maxOpen) ? !(min < max) : !(min <= max);
            if (empty || Double.isInfinite(min) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("invalid real range " + describe(min, max, minOpen, maxOpen));
            }
        }

        /**
         * The closed interval {@code [min, max]}.
         *
         * @param min the smallest accepted value
         * @param max the largest accepted value
         */
        public RealRange(double min, double max) {
            this(min, max, false, false);
        }

        @Override
        public Optional<Object> accept(Object raw) {
            if (!(raw instanceof Number number)) {
                return Optional.empty();
            }
            double value = number.doubleValue();
            boolean above = minOpen ? value > min : value >= min;
            boolean below = maxOpen ? value < max : value <= max;
            return above && below ? Optional.of(value) : Optional.empty();
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
            return describe(min, max, minOpen, maxOpen);
        }

        private static String describe(double min, double max, boolean minOpen, boolean maxOpen) {
            return (minOpen ? "(" : "[") + format(min) + ", " + format(max) + (maxOpen ? ")" : "]");
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

    /**
     * Texts matching a regular expression, described in words of their own.
     *
     * @param pattern the whole text must match it
     * @param expected what a valid text looks like, for error messages
     * @param type the type column of a settings table, such as {@code name}
     * @param range the range column, such as the pattern itself
     */
    record Text(Pattern pattern, String expected, String type, String range) implements Domain {

        /** Checks that every part is present. */
        public Text {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(range, "range");
        }

        /**
         * Texts matching a regular expression, described by the expression.
         *
         * @param regex the expression the whole text must match
         * @return {@code text}, expecting {@code a text matching REGEX}
         */
        public static Text matching(String regex) {
            return new Text(Pattern.compile(regex), "a text matching " + regex, "text", regex);
        }

        @Override
        public Optional<Object> accept(Object raw) {
            return raw instanceof String text && pattern.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        }
    }

    /**
     * Lists whose items all belong to one domain; the canonical value is the unmodifiable list of
     * the items' canonical values.
     *
     * @param element the domain of every item
     * @param minSize the fewest items accepted
     * @param maxSize the most items accepted
     * @param distinct whether two items may be equal
     */
    record ListOf(Domain element, int minSize, int maxSize, boolean distinct) implements Domain {

        /** Checks the element domain and the sizes. */
        public ListOf {
            Objects.requireNonNull(element, "element");
            if (minSize < 0 || minSize > maxSize) {
                throw new IllegalArgumentException("invalid list sizes [" + minSize + ", " + maxSize + "]");
            }
        }

        /**
         * Non-empty lists of distinct items, such as seeds.
         *
         * @param element the domain of every item
         * @return the domain
         */
        public static ListOf nonEmptyDistinct(Domain element) {
            return new ListOf(element, 1, Integer.MAX_VALUE, true);
        }

        @Override
        public Optional<Object> accept(Object raw) {
            if (!(raw instanceof List<?> items) || items.size() < minSize || items.size() > maxSize) {
                return Optional.empty();
            }
            List<Object> accepted = new ArrayList<>();
            for (Object item : items) {
                Optional<Object> value = item == null ? Optional.empty() : element.accept(item);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                accepted.add(value.get());
            }
            if (distinct && new HashSet<>(accepted).size() != accepted.size()) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(accepted));
        }

        @Override
        public String expected() {
            return "a " + (minSize > 0 ? "non-empty " : "") + "list of " + (distinct ? "distinct " : "") + element.type()
                    + "s in " + element.range();
        }

        @Override
        public String type() {
            return "list of " + element.type() + "s";
        }

        @Override
        public String range() {
            return (minSize > 0 ? "non-empty, " : "") + (distinct ? "distinct, " : "") + "each in " + element.range();
        }
    }

    /**
     * The values of a domain that also pass a rule, described in words of their own: for instance
     * three fractions that sum to 1, or an even integer.
     *
     * @param base the domain the values belong to first
     * @param rule tests a canonical value of the base domain
     * @param expected what a valid value looks like, for error messages
     * @param type the type column of a settings table
     * @param range the range column
     */
    record Narrowed(Domain base, Predicate<Object> rule, String expected, String type, String range) implements Domain {

        /** Checks that every part is present. */
        public Narrowed {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(range, "range");
        }

        @Override
        public Optional<Object> accept(Object raw) {
            return base.accept(raw).filter(rule);
        }
    }
}
