package io.github.rnnmem.experiments.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record component as a setting: the one place where its key, type, range, default and
 * meaning are written. Binding from YAML, the record's constructor check, the canonical YAML and
 * JSON, {@code describe --schema} and {@code --set} all come from this declaration ({@link
 * RecordSettings}).
 *
 * <p>The key is the component's name in snake case ({@code learningRate} is {@code
 * learning_rate}). The type follows from the component's Java type: {@code int}, {@code double},
 * {@code boolean}, an enum (written in lower case with hyphens), {@code List<Integer>} (a non-empty
 * list of distinct integers), a record of settings (a nested mapping), or any type with a {@link
 * #format()}. {@code Optional}, {@code OptionalInt} and {@code List} components are optional: an
 * absent key leaves them empty. A record whose settings depend on each other declares {@code static
 * Relations relations()}: the defaults derived from other settings and the rules between them.
 *
 * <pre>{@code
 * public record TrainingConfig(
 *         @Setting(value = "Adam's step size", range = "(0, 10]", fallback = "0.001") double learningRate,
 *         ...) {
 *     public TrainingConfig {
 *         Settings.verify(TrainingConfig.class, learningRate, ...);
 *     }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {

    /** The {@link #fallback()} of a nested mapping whose keys all take their defaults when it is absent. */
    String DEFAULTS = "{}";

    /**
     * What the setting means, as {@code describe --schema} prints it.
     *
     * @return one phrase
     */
    String value();

    /**
     * The accepted numbers, as an interval whose ends are included with {@code [ ]} and excluded
     * with {@code ( )}: {@code [1, 65536]}, {@code (0, 10]}. For a list, the range of each item.
     *
     * @return the interval; empty for types whose values need none
     */
    String range() default "";

    /**
     * The value an absent key takes, as written in YAML ({@code 64}, {@code [0.9, 0.05, 0.05]},
     * {@code adam}); a text is given as the text itself. {@link #DEFAULTS} for a nested mapping.
     *
     * @return the default; empty when the key is required (or, for an optional component, has no
     *     value when absent)
     */
    String fallback() default "";

    /**
     * A default that the record's {@code relations()} derive from other settings, in words for the
     * schema, such as {@code validate_every}.
     *
     * @return the words; empty when the default is not derived
     */
    String derived() default "";

    /**
     * How the value is read, checked, written and described, for types the component's Java type
     * does not decide: a {@link Format} with a constructor without parameters.
     *
     * @return the format class; {@link Format} itself to choose by the Java type
     */
    @SuppressWarnings("rawtypes")
    Class<? extends Format> format() default Format.class;
}
