package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.io.Digests;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a grid point sets for one unit: the values of the grid's keys that unit depends on (every
 * key but those of other units' items), by name. It names the unit's results: its label in tables
 * and figures and its directory in the run. Both come from the values alone, sorted by name, never
 * from a position in the grid, so that a grown or reordered grid keeps every name it had.
 *
 * @param values each key's short name ({@link GridAxis#name}) and its value in canonical YAML,
 *     such as {@code hidden} and {@code 128}; empty outside a grid
 */
public record GridSetting(Map<String, String> values) {

    /** The setting of an experiment without a grid. */
    public static final GridSetting NONE = new GridSetting(Map.of());

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._=,+-]+");
    private static final int LONGEST_NAME = 100;
    private static final int DIGEST_DIGITS = 8;

    /** Sorts the values by name. */
    public GridSetting {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * Whether the grid sets nothing for the unit.
     *
     * @return true outside a grid, and for a unit no key of the grid belongs to
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * The setting as tables and figures show it.
     *
     * @return for instance {@code hidden=128 learning_rate=0.001}; empty when there is none
     */
    public String label() {
        return join(" ");
    }

    /**
     * The name of the directory of the unit's results with this setting: the label with commas for
     * spaces; characters a file name should not hold become {@code _}, and then, or when the name
     * would be longer than {@value #LONGEST_NAME} characters, the name ends in {@code ~} and the
     * first {@value #DIGEST_DIGITS} hexadecimal digits of the label's SHA-256, so that two settings
     * never share a directory.
     *
     * @return for instance {@code hidden=128,learning_rate=0.001}; empty when there is no setting
     */
    public String directoryName() {
        String name = join(",");
        if (name.isEmpty() || SAFE.matcher(name).matches() && name.length() <= LONGEST_NAME && !name.startsWith(".")) {
            return name;
        }
        String safe = name.replaceAll("[^A-Za-z0-9._=,+-]", "_");
        return safe.substring(0, Math.min(safe.length(), LONGEST_NAME)) + "~"
                + Digests.sha256(label()).substring(0, DIGEST_DIGITS);
    }

    private String join(String separator) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(separator));
    }
}
