package io.github.rnnmem.experiments.settings;

import io.github.rnnmem.api.Values;
import java.util.Objects;

/**
 * A scalar: a string, number, boolean or null.
 *
 * @param value the value, typed as YAML resolves it; null for a YAML null
 * @param text the scalar as written
 * @param isString whether YAML resolves it as a string
 * @param location where it is written
 */
public record YamlScalar(Object value, String text, boolean isString, Location location)
        implements YamlNode {

    /** Checks the parts. */
    public YamlScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }

    /**
     * A string value that was not written in a file, such as the path given to {@code --corpus}.
     *
     * @param text the string
     * @param location the argument it comes from
     * @return the scalar
     */
    public static YamlScalar string(String text, Location location) {
        return new YamlScalar(text, text, true, location);
    }

    /**
     * An empty value, as an empty document or an empty override value reads.
     *
     * @param location where it stands
     * @return the null scalar
     */
    public static YamlScalar empty(Location location) {
        return new YamlScalar(null, "", false, location);
    }

    /**
     * Whether the scalar is a YAML null ({@code ~}, {@code null} or nothing at all).
     *
     * @return true for a null
     */
    public boolean isNull() {
        return value == null;
    }

    @Override
    public Object raw() {
        return value;
    }

    @Override
    public String found() {
        if (value == null) {
            return "nothing";
        }
        return isString ? Values.render(text) : text;
    }
}
