package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;
import java.util.List;

/**
 * Context ablation, the causal check of what connectivity suggests ({@code
 * analysis.context_ablation} in YAML), after Khandelwal et al. (ACL 2018, "Sharp nearby, fuzzy far
 * away"): at the test positions with 0 to {@code max_known} known characters of the first {@code
 * sequences} test sequences, the target word's mean log-probability and top-1 accuracy when the
 * unit sees only the last {@code d} characters (a fresh zero state at the window's start), for
 * every {@code d} of {@code windows} and for the whole sequence.
 *
 * @param windows the window lengths {@code d}, in characters
 * @param maxKnown the most known characters of the word at a counted position
 * @param sequences how many test sequences, from the first
 * @param tolerance the loss increase, in nats, that the effective context span allows
 * @param shareTolerance the share of connectivity beyond a window that the connectivity span
 *     allows
 */
public record ContextAblationConfig(
        @Setting(value = "the window lengths d: the unit sees only the last d characters (the whole sequence is"
                + " always measured too)", range = "[1, 100000]", fallback = "[1, 2, 4, 8, 16, 32, 64, 128]")
        List<Integer> windows,
        @Setting(value = "count positions with 0 to max_known characters of their word seen", range = "[0, 100]",
                fallback = "2")
        int maxKnown,
        @Setting(value = "test sequences counted, from the first", range = "[1, 2147483647]", fallback = "128")
        int sequences,
        @Setting(value = "the effective context span is the smallest window whose mean loss is within this many nats"
                + " of the whole sequence's", range = "(0, 100]", fallback = "0.01")
        double tolerance,
        @Setting(value = "the connectivity span is the smallest window beyond which at most this share of"
                + " connectivity lies", range = "(0, 1)", fallback = "0.05")
        double shareTolerance) {

    /**
     * Copies the list and checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public ContextAblationConfig {
        windows = windows == null ? null : List.copyOf(windows);
        ConfigSchema.verify(ContextAblationConfig.class, windows, maxKnown, sequences, tolerance, shareTolerance);
    }
}
