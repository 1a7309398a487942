package io.github.rnnmem.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One setting a recurrent unit accepts: its key, domain, default and meaning.
 *
 * @param key the key used in experiment files, matching {@code [a-z][a-z0-9_]*}
 * @param domain the accepted values
 * @param defaultValue the value used when the key is absent, or null when the key is required
 * @param description one line saying what the setting means
 */
public record Hyperparameter(String key, Domain domain, Object defaultValue, String description) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    /** The width of a layer's hidden output. Every unit declares it; it has no default. */
    public static final Hyperparameter HIDDEN =
            integer("hidden", 1, 65_536, null, "units per layer (width of the hidden output)");

    /** Validates the key, the description and the default against the domain. */
    public Hyperparameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(domain, "domain");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "hyperparameter key \"" + key + "\" does not match " + KEY.pattern());
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("hyperparameter " + key + " needs a description");
        }
        if (defaultValue != null) {
            Object value = defaultValue;
            defaultValue =
                    domain.accept(value)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "default of "
                                                            + key
                                                            + " is "
                                                            + Values.render(value)
                                                            + ", not "
                                                            + domain.expected()));
        }
    }

    /**
     * Whether an experiment must give this setting.
     *
     * @return true when there is no default
     */
    public boolean required() {
        return defaultValue == null;
    }

    /**
     * An integer setting.
     *
     * @param key the key
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param defaultValue the default, or null when required
     * @param description the meaning
     * @return the hyperparameter
     */
    public static Hyperparameter integer(
            String key, int min, int max, Integer defaultValue, String description) {
        return new Hyperparameter(key, new Domain.IntegerRange(min, max), defaultValue, description);
    }

    /**
     * A real-valued setting.
     *
     * @param key the key
     * @param min the smallest accepted value
     * @param max the largest accepted value
     * @param defaultValue the default, or null when required
     * @param description the meaning
     * @return the hyperparameter
     */
    public static Hyperparameter real(
            String key, double min, double max, Double defaultValue, String description) {
        return new Hyperparameter(key, new Domain.RealRange(min, max), defaultValue, description);
    }

    /**
     * A setting that takes one of a few words.
     *
     * @param key the key
     * @param options the accepted words
     * @param defaultValue the default, or null when required
     * @param description the meaning
     * @return the hyperparameter
     */
    public static Hyperparameter choice(
            String key, List<String> options, String defaultValue, String description) {
        return new Hyperparameter(key, new Domain.Choice(options), defaultValue, description);
    }

    /**
     * A boolean setting.
     *
     * @param key the key
     * @param defaultValue the default, or null when required
     * @param description the meaning
     * @return the hyperparameter
     */
    public static Hyperparameter flag(String key, Boolean defaultValue, String description) {
        return new Hyperparameter(key, new Domain.Flag(), defaultValue, description);
    }
}
