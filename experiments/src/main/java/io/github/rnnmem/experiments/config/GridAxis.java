package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.ConfigPaths;
import io.github.rnnmem.experiments.settings.Location;
import io.github.rnnmem.experiments.settings.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * One key of an experiment's {@code grid:}: a configuration path, as {@code --set} takes it, and the
 * values the grid gives it, as written.
 *
 * @param path the path as written, such as {@code units[0].hidden}
 * @param steps the path, parsed
 * @param location where the key is written; values set by the grid count as written there when
 *     they create keys
 * @param values the values, at least one, pairwise different
 */
record GridAxis(String path, List<ConfigPaths.Step> steps, Location location, List<YamlNode> values) {

    /** Copies the lists. */
    GridAxis {
        steps = List.copyOf(steps);
        values = List.copyOf(values);
    }

    /**
     * The unit the axis belongs to, when its path starts with {@code units[i]}: such an axis
     * changes that unit alone, and only that unit's setting names it.
     *
     * @return the unit's index, or empty for an axis every unit depends on
     */
    Optional<Integer> unitIndex() {
        return steps.size() >= 2
                        && steps.get(0) instanceof ConfigPaths.Key key
                        && key.name().equals("units")
                        && steps.get(1) instanceof ConfigPaths.Index index
                ? Optional.of(index.index())
                : Optional.empty();
    }

    /**
     * The axis's name inside a unit's setting: the path without {@code units[i].}, then, unless
     * {@code full}, only its last key.
     *
     * @param full whether to keep the whole path (when two axes of a setting end in the same key)
     * @return for instance {@code hidden} or {@code learning_rate}; {@code unit} for the whole item
     *     {@code units[i]}
     */
    String name(boolean full) {
        List<ConfigPaths.Step> own = unitIndex().isPresent() ? steps.subList(2, steps.size()) : steps;
        if (own.isEmpty()) {
            return "unit";
        }
        if (!full) {
            for (int i = own.size() - 1; i >= 0; i--) {
                if (own.get(i) instanceof ConfigPaths.Key key) {
                    return key.name() + path.substring(path.lastIndexOf(key.name()) + key.name().length());
                }
            }
        }
        return unitIndex().isPresent() ? path.substring(path.indexOf(']') + 2) : path;
    }

    /**
     * Whether this axis sets a value inside another axis's value, or the other way round.
     *
     * @param other another axis
     * @return true when one path starts with the other
     */
    boolean overlaps(GridAxis other) {
        int shared = Math.min(steps.size(), other.steps.size());
        return steps.subList(0, shared).equals(other.steps.subList(0, shared));
    }
}
