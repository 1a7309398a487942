package io.github.rnnmem.experiments.settings;

import java.util.Objects;

/** What a setting takes when its key is absent from a YAML mapping. */
sealed interface Fallback permits Fallback.Required, Fallback.Value, Fallback.None, Fallback.Derived, Fallback.Defaults {

    /**
     * The default as the schema table shows it.
     *
     * @return for instance {@code required}, {@code 64} or {@code runs/<name>}
     */
    String describe();

    /** The key must be given. */
    record Required() implements Fallback {

        @Override
        public String describe() {
            return "required";
        }
    }

    /**
     * A fixed default.
     *
     * @param value the default, in the record's type
     * @param words the default as the schema shows it
     */
    record Value(Object value, String words) implements Fallback {

        /** Checks the parts. */
        public Value {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(words, "words");
        }

        @Override
        public String describe() {
            return words;
        }
    }

    /** An optional key without a value when absent. */
    record None() implements Fallback {

        @Override
        public String describe() {
            return "none";
        }
    }

    /**
     * A default the record's relations derive from the other values of the mapping.
     *
     * @param words the default in words
     */
    record Derived(String words) implements Fallback {

        @Override
        public String describe() {
            return words;
        }
    }

    /** An absent mapping takes the defaults of all its keys. */
    record Defaults() implements Fallback {

        @Override
        public String describe() {
            return "the defaults below";
        }
    }
}
