package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;

/**
 * Connectivity as a function of distance over the test set: {@code analysis.memory_profile} in
 * YAML. Every connectivity row of the first {@code sequences} test sequences is divided by its sum;
 * for each distance {@code d = t - tau} up to {@code max_distance}, the mean of those shares, and
 * the share falling on earlier words by the number of known characters.
 */
public record MemoryProfileConfig(
        @Setting(value = "test sequences averaged over", range = "[1, 1000000]", fallback = "256") int sequences,
        @Setting(value = "the largest distance, in characters, between prediction and input", range = "[1, 100000]",
                fallback = "200")
        int maxDistance) {

    /**
     * Checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public MemoryProfileConfig {
        ConfigSchema.verify(MemoryProfileConfig.class, sequences, maxDistance);
    }
}
