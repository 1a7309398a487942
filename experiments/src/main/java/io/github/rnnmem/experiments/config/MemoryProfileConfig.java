package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;

/**
 * Connectivity as a function of distance over the test set: {@code analysis.memory_profile} in
 * YAML. Every connectivity row of the first {@code sequences} test sequences is divided by its sum;
 * for each distance {@code d = t - tau} up to {@code maxDistance}, the mean of those shares, and
 * the share falling on earlier words by the number of known characters.
 *
 * @param sequences how many test sequences are averaged, in [1, 10^6]
 * @param maxDistance the largest distance reported, in [1, 100000]
 */
public record MemoryProfileConfig(int sequences, int maxDistance) {

    static final Setting<Integer> SEQUENCES = new Setting<>(
            "sequences", IntegerRule.between(1, 1_000_000), Fallback.value(256), "test sequences averaged over");
    static final Setting<Integer> MAX_DISTANCE = new Setting<>(
            "max_distance",
            IntegerRule.between(1, 100_000),
            Fallback.value(200),
            "the largest distance, in characters, between prediction and input");

    static final Section<MemoryProfileConfig> SECTION = new Section<>(
            "analysis.memory_profile",
            "where connectivity lies over many test sequences: by distance, and on earlier words",
            Fallback.defaults(),
            MemoryProfileConfig.class,
            new Table(List.of(SEQUENCES, MAX_DISTANCE), List.of()),
            fields -> new MemoryProfileConfig(fields.get(SEQUENCES), fields.get(MAX_DISTANCE)),
            profile -> fields(profile.sequences, profile.maxDistance));

    /**
     * Checks the values against the same rules as the YAML mapping.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public MemoryProfileConfig {
        SECTION.verify(fields(sequences, maxDistance));
    }

    private static Fields fields(int sequences, int maxDistance) {
        return new Fields().put(SEQUENCES, sequences).put(MAX_DISTANCE, maxDistance);
    }
}
