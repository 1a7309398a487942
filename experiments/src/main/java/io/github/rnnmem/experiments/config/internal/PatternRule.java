package io.github.rnnmem.experiments.config.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Strings matching a regular expression.
 *
 * @param pattern the whole string must match it
 * @param expected what a valid value looks like, in words
 * @param type the type column of the schema table
 * @param range the range column of the schema table
 */
public record PatternRule(Pattern pattern, String expected, String type, String range) implements Rule<String> {

    /** Checks the parts. */
    public PatternRule {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(range, "range");
    }

    /**
     * Names such as experiment names and unit labels: {@code [a-z0-9][a-z0-9._-]*}.
     *
     * @return the rule
     */
    public static PatternRule name() {
        String regex = "[a-z0-9][a-z0-9._-]*";
        return new PatternRule(Pattern.compile(regex), "a name matching " + regex, "name", regex);
    }

    @Override
    public Optional<String> accept(Object value) {
        return value instanceof String text && pattern.matcher(text).matches()
                ? Optional.of(text)
                : Optional.empty();
    }

    @Override
    public Object plain(String value) {
        return value;
    }
}
