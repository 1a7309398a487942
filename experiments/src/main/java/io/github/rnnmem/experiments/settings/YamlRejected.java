package io.github.rnnmem.experiments.settings;

import java.util.Objects;

/**
 * A value the reader refused, such as one with a {@code !!java...} tag. The problem is reported
 * once, when reading; {@link Binding} then stays silent about this node, and no rule accepts it.
 *
 * @param location where the value is written
 */
public record YamlRejected(Location location) implements YamlNode {

    /** Checks the location. */
    public YamlRejected {
        Objects.requireNonNull(location, "location");
    }

    /**
     * The node itself, a value no rule accepts.
     *
     * @return this node
     */
    @Override
    public Object raw() {
        return this;
    }

    @Override
    public String found() {
        return "a rejected value";
    }
}
