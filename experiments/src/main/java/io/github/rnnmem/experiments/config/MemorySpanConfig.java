package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;
import java.util.OptionalInt;

/**
 * How far back a unit remembers a planted cue: {@code analysis.memory_span} in YAML, for units
 * trained on a {@code planted-cue} corpus. Test pairs are bucketed by the distance from the cue to
 * its answer in buckets {@code bucket} characters wide; the memory span is the largest bucket up
 * to which the answer's top-1 accuracy, with {@code known_chars} characters of it seen, stays at
 * or above {@code level}, among the buckets of at least {@code min_pairs} pairs.
 *
 * @param bucket the width of a distance bucket, in characters
 * @param topK the {@code k} of the top-k accuracy reported beside top-1
 * @param level the accuracy the memory span asks for
 * @param knownChars the known characters of the answer at which the span is measured: 0 at its
 *     leading space, 1 at its first letter
 * @param minPairs the fewest pairs a bucket needs to count for the span and to be drawn
 * @param sequences how many test sequences are searched for pairs, from the first; empty for all
 */
public record MemorySpanConfig(
        @Setting(value = "the width of the distance buckets, in characters", range = "[1, 100000]", fallback = "10")
        int bucket,
        @Setting(value = "top-1 and top-k accuracy of the answer are reported", range = "[1, 10]", fallback = "3")
        int topK,
        @Setting(value = "the memory span is the largest distance bucket up to which the answer's top-1 accuracy"
                + " stays at or above this", range = "(0, 1]", fallback = "0.9")
        double level,
        @Setting(value = "the characters of the answer seen where the span is measured: 0 at the space before it"
                + " (with a marker, the unit knows an answer comes), 1 at its first letter (all answers share it)",
                range = "[0, 1]", fallback = "0")
        int knownChars,
        @Setting(value = "buckets with fewer pairs are reported but neither count for the span nor are drawn",
                range = "[1, 1000000]", fallback = "20")
        int minPairs,
        @Setting(value = "search only the first this many test sequences for pairs (all of the test split when left"
                + " out)", range = "[1, 2147483647]")
        OptionalInt sequences) {

    /**
     * Checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public MemorySpanConfig {
        ConfigSchema.verify(MemorySpanConfig.class, bucket, topK, level, knownChars, minPairs, sequences);
    }
}
