package io.github.rnnmem.experiments.config.internal;

import io.github.rnnmem.api.Domain;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The constants of an enum, written in YAML as their lower-case names with hyphens: {@code
 * L2_SQUARED} is {@code l2-squared}. The wording is that of {@link Domain.Choice}.
 *
 * @param enumType the enum
 * @param choice the YAML names, in declaration order
 * @param <E> the enum type
 */
public record EnumRule<E extends Enum<E>>(Class<E> enumType, Domain.Choice choice) implements Rule<E> {

    /** Checks the parts. */
    public EnumRule {
        Objects.requireNonNull(enumType, "enumType");
        Objects.requireNonNull(choice, "choice");
    }

    /**
     * The rule for an enum.
     *
     * @param type the enum
     * @param <E> the enum type
     * @return the rule
     */
    public static <E extends Enum<E>> EnumRule<E> of(Class<E> type) {
        return new EnumRule<>(
                type,
                new Domain.Choice(Arrays.stream(type.getEnumConstants()).map(EnumRule::yamlName).toList()));
    }

    /**
     * A constant's name in YAML.
     *
     * @param constant the constant
     * @return its name in lower case, underscores turned into hyphens
     */
    public static String yamlName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Optional<E> accept(Object value) {
        if (enumType.isInstance(value)) {
            return Optional.of(enumType.cast(value));
        }
        return choice.accept(value)
                .flatMap(name -> Arrays.stream(enumType.getEnumConstants())
                        .filter(constant -> yamlName(constant).equals(name))
                        .findFirst());
    }

    @Override
    public String expected() {
        return choice.expected();
    }

    @Override
    public String type() {
        return choice.type();
    }

    @Override
    public String range() {
        return choice.range();
    }

    @Override
    public Object plain(E value) {
        return yamlName(value);
    }
}
