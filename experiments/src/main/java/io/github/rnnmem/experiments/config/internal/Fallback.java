package io.github.rnnmem.experiments.config.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * What an {@link Entry} takes when its key is absent from a YAML mapping.
 *
 * @param <T> the entry's value type
 */
public sealed interface Fallback<T>
        permits Fallback.Required, Fallback.Value, Fallback.Derived, Fallback.Defaults {

    /**
     * The default as the schema table shows it.
     *
     * @param render renders a value of the entry
     * @return for instance {@code required}, {@code 64} or {@code runs/<name>}
     */
    String describe(Function<T, String> render);

    /**
     * The key must be given.
     *
     * @param <T> the value type
     * @return the fallback
     */
    static <T> Fallback<T> required() {
        return new Required<>();
    }

    /**
     * A fixed default.
     *
     * @param value the default, valid for the entry
     * @param <T> the value type
     * @return the fallback
     */
    static <T> Fallback<T> value(T value) {
        return new Value<>(value);
    }

    /**
     * A default computed from the other values of the same mapping, or no value at all.
     *
     * @param meaning the default in words, for the schema table
     * @param compute gives the default from the mapping's other values, or null to leave the key
     *     absent
     * @param <T> the value type
     * @return the fallback
     */
    static <T> Fallback<T> derived(String meaning, Function<Fields, T> compute) {
        return new Derived<>(meaning, compute);
    }

    /**
     * The key is optional and has no value when absent.
     *
     * @param <T> the value type
     * @return the fallback
     */
    static <T> Fallback<T> none() {
        return new Derived<>("none", fields -> null);
    }

    /**
     * An absent mapping takes the defaults of all its keys.
     *
     * @param <T> the value type
     * @return the fallback
     */
    static <T> Fallback<T> defaults() {
        return new Defaults<>();
    }

    /**
     * The key must be given.
     *
     * @param <T> the value type
     */
    record Required<T>() implements Fallback<T> {

        @Override
        public String describe(Function<T, String> render) {
            return "required";
        }
    }

    /**
     * A fixed default.
     *
     * @param value the default
     * @param <T> the value type
     */
    record Value<T>(T value) implements Fallback<T> {

        /** Checks the value is present. */
        public Value {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String describe(Function<T, String> render) {
            return render.apply(value);
        }
    }

    /**
     * A default computed from the other values of the mapping.
     *
     * @param meaning the default in words
     * @param compute gives the default, or null for none
     * @param <T> the value type
     */
    record Derived<T>(String meaning, Function<Fields, T> compute) implements Fallback<T> {

        /** Checks the parts. */
        public Derived {
            Objects.requireNonNull(meaning, "meaning");
            Objects.requireNonNull(compute, "compute");
        }

        @Override
        public String describe(Function<T, String> render) {
            return meaning;
        }
    }

    /**
     * The defaults of every key of a mapping.
     *
     * @param <T> the value type
     */
    record Defaults<T>() implements Fallback<T> {

        @Override
        public String describe(Function<T, String> render) {
            return "the defaults below";
        }
    }
}
