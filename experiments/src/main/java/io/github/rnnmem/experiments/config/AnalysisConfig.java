package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;

/**
 * The analyses run on every trained unit: {@code analysis} in YAML; every part is optional.
 *
 * @param connectivity the connectivity figure
 * @param knownChars accuracy given the number of known characters
 * @param suggestions the suggestions shown with the connectivity figure
 * @param memoryProfile connectivity by distance over the test set
 * @param memorySpan how far back a unit remembers planted cues, on a planted-cue corpus
 * @param contextAblation the loss when the unit sees only the last characters
 * @param at which weights of each unit are analysed
 * @param lossMargin the largest difference of the units' final validation losses, in nats, that
 *     the report accepts without a warning
 */
public record AnalysisConfig(
        @Setting(value = "the connectivity figure: what each prediction's gradient reaches back to",
                fallback = Setting.DEFAULTS)
        ConnectivityConfig connectivity,
        @Setting(value = "accuracy given the number of known characters of the word", fallback = Setting.DEFAULTS)
        KnownCharsConfig knownChars,
        @Setting(value = "the word suggestions shown next to the connectivity figure", fallback = Setting.DEFAULTS)
        SuggestionsConfig suggestions,
        @Setting(value = "where connectivity lies over many test sequences: by distance, and on earlier words",
                fallback = Setting.DEFAULTS)
        MemoryProfileConfig memoryProfile,
        @Setting(value = "on a planted-cue corpus: accuracy of the answer by its distance from the cue, and the memory"
                + " span", fallback = Setting.DEFAULTS)
        MemorySpanConfig memorySpan,
        @Setting(value = "the loss when the unit sees only the last d characters: the causal check of connectivity",
                fallback = Setting.DEFAULTS)
        ContextAblationConfig contextAblation,
        @Setting(value = "analyse each unit's final weights, or its weights where its validation loss first reached"
                + " the worst unit's final validation loss (matched-loss), so that units are compared at the same"
                + " loss", fallback = "final")
        AnalysisWeights at,
        @Setting(value = "the report warns when the units' final validation losses differ by more than this (nats)",
                range = "(0, 100]", fallback = "0.1")
        double lossMargin) {

    /**
     * Checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public AnalysisConfig {
        ConfigSchema.verify(AnalysisConfig.class, connectivity, knownChars, suggestions, memoryProfile, memorySpan,
                contextAblation, at, lossMargin);
    }
}
