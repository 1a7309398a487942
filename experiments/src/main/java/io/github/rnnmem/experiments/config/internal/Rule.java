package io.github.rnnmem.experiments.config.internal;

import java.util.Optional;

/**
 * The values a {@link Setting} accepts, able to say what it expects in words.
 *
 * @param <T> the type of an accepted value
 */
public interface Rule<T> {

    /**
     * Checks a value, either typed or plain as YAML gives it.
     *
     * @param value the value, not null
     * @return the value in canonical form, or empty when it breaks the rule
     */
    Optional<T> accept(Object value);

    /**
     * Checks a value read from YAML. Rules whose values depend on where they were written, such as
     * relative paths, override this.
     *
     * @param raw the plain value
     * @param source where it was written
     * @return the value in canonical form, or empty when it breaks the rule
     */
    default Optional<T> acceptYaml(Object raw, Source source) {
        return accept(raw);
    }

    /**
     * What a valid value looks like, for error messages.
     *
     * @return a phrase such as {@code a number in (0, 10]}
     */
    String expected();

    /**
     * The type column of the schema table.
     *
     * @return a short type name such as {@code integer}
     */
    String type();

    /**
     * The range column of the schema table.
     *
     * @return the admissible values, such as {@code (0, 10]}
     */
    String range();

    /**
     * A value as plain YAML data, for the canonical form.
     *
     * @param value an accepted value
     * @return a {@link String}, {@link Integer}, {@link Double}, {@link Boolean} or {@link
     *     java.util.List} of those
     */
    Object plain(T value);
}
