package io.github.rnnmem.experiments.settings;

import io.github.rnnmem.api.Domain;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The formats chosen by a setting's Java type, and the format classes a declaration names. */
final class Formats {

    private static final Pattern INTERVAL =
            Pattern.compile("([\\[(])\\s*([-+0-9.eE]+)\\s*,\\s*([-+0-9.eE]+)\\s*([\\])])");

    private Formats() {}

    /**
     * The format of a setting.
     *
     * @param type the value's type, Optional and OptionalInt unwrapped
     * @param setting the declaration
     * @return the format
     * @throws IllegalStateException when the declaration does not fit the type
     */
    static Format<?> of(Type type, Setting setting) {
        if (setting.format() != Format.class) {
            return instantiate(setting.format());
        }
        if (type == int.class || type == Integer.class) {
            return new PlainFormat<>(Integer.class, integerRange(setting.range()));
        }
        if (type == double.class || type == Double.class) {
            return new PlainFormat<>(Double.class, interval(setting.range()));
        }
        if (type == boolean.class || type == Boolean.class) {
            return new PlainFormat<>(Boolean.class, new Domain.Flag());
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            return enums(c.asSubclass(Enum.class));
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return new RecordFormat<>(RecordSettings.of(c.asSubclass(Record.class)));
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == Integer.class) {
            return new PlainFormat<>(List.class, Domain.ListOf.nonEmptyDistinct(integerRange(setting.range())));
        }
        throw new IllegalStateException("no format for settings of type " + type + ": declare one");
    }

    private static Format<?> instantiate(Class<?> format) {
        try {
            var constructor = format.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (Format<?>) constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(format.getSimpleName() + " needs a constructor without parameters", e);
        }
    }

    private static <E extends Enum<E>> Format<E> enums(Class<E> type) {
        return new Enums<>(type);
    }

    private static Domain.IntegerRange integerRange(String range) {
        Domain.RealRange interval = interval(range);
        if (interval.minOpen() || interval.maxOpen() || interval.min() != Math.rint(interval.min())
                || interval.max() != Math.rint(interval.max())) {
            throw new IllegalStateException("integer ranges are closed, with integer ends: " + range);
        }
        return new Domain.IntegerRange((int) interval.min(), (int) interval.max());
    }

    private static Domain.RealRange interval(String range) {
        Matcher matcher = INTERVAL.matcher(range);
        if (!matcher.matches()) {
            throw new IllegalStateException("a range such as [1, 64] or (0, 10] is needed, not \"" + range + "\"");
        }
        return new Domain.RealRange(Double.parseDouble(matcher.group(2)), Double.parseDouble(matcher.group(3)),
                matcher.group(1).equals("("), matcher.group(4).equals(")"));
    }

    /** The constants of an enum by their YAML names: {@code L2_SQUARED} is {@code l2-squared}. */
    private static final class Enums<E extends Enum<E>> extends ValueFormat<E> {

        private final Class<E> type;

        Enums(Class<E> type) {
            super(type, new Domain.Choice(Arrays.stream(type.getEnumConstants()).map(YamlNames::of).toList()));
            this.type = type;
        }

        @Override
        protected Optional<E> decode(Object canonical, Path baseDirectory) {
            return Arrays.stream(type.getEnumConstants()).filter(c -> YamlNames.of(c).equals(canonical)).findFirst();
        }

        @Override
        protected Object encode(E value) {
            return YamlNames.of(value);
        }
    }
}
