package io.github.rnnmem.experiments.settings;

/**
 * One value of a YAML document with the place it was written: a scalar, a list, a mapping, or a
 * value already rejected while reading.
 */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap, YamlRejected {

    /**
     * Where the value starts.
     *
     * @return the location
     */
    Location location();

    /**
     * The value as plain Java data: {@link String}, {@link Integer}, {@link Long}, {@link
     * java.math.BigInteger}, {@link Double}, {@link Boolean} or null for a scalar, a {@link
     * java.util.List} or {@link java.util.Map} of such values otherwise.
     *
     * @return the plain value
     */
    Object raw();

    /**
     * The value as an error message shows what it found: as written, strings quoted.
     *
     * @return for instance {@code "6oo"}, {@code 0}, {@code [0.8, 0.1]} or {@code a mapping}
     */
    String found();
}
