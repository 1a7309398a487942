package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.EnumRule;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.RealRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;

/**
 * The analyses run on every trained unit: {@code analysis} in YAML; every part is optional.
 *
 * @param connectivity the connectivity figure
 * @param knownChars accuracy given the number of known characters
 * @param suggestions the suggestions shown with the connectivity figure
 * @param memoryProfile connectivity by distance over the test set
 * @param at which weights of each unit are analysed
 * @param lossMargin the largest difference of the units' final validation losses, in nats, that
 *     the report accepts without a warning, in (0, 100]
 */
public record AnalysisConfig(
        ConnectivityConfig connectivity,
        KnownCharsConfig knownChars,
        SuggestionsConfig suggestions,
        MemoryProfileConfig memoryProfile,
        AnalysisWeights at,
        double lossMargin) {

    static final Setting<AnalysisWeights> AT = new Setting<>(
            "at",
            EnumRule.of(AnalysisWeights.class),
            Fallback.value(AnalysisWeights.FINAL),
            "analyse each unit's final weights, or its weights where its validation loss first reached the worst unit's"
                    + " final validation loss (matched-loss), so that units are compared at the same loss");
    static final Setting<Double> LOSS_MARGIN = new Setting<>(
            "loss_margin",
            RealRule.aboveUpTo(0, 100),
            Fallback.value(0.1),
            "the report warns when the units' final validation losses differ by more than this (nats)");

    static final Section<AnalysisConfig> SECTION = new Section<>(
            "analysis",
            "the analyses run on every trained unit",
            Fallback.defaults(),
            AnalysisConfig.class,
            new Table(
                    List.of(
                            ConnectivityConfig.SECTION,
                            KnownCharsConfig.SECTION,
                            SuggestionsConfig.SECTION,
                            MemoryProfileConfig.SECTION,
                            AT,
                            LOSS_MARGIN),
                    List.of()),
            fields -> new AnalysisConfig(
                    fields.get(ConnectivityConfig.SECTION),
                    fields.get(KnownCharsConfig.SECTION),
                    fields.get(SuggestionsConfig.SECTION),
                    fields.get(MemoryProfileConfig.SECTION),
                    fields.get(AT),
                    fields.get(LOSS_MARGIN)),
            analysis -> fields(analysis.connectivity, analysis.knownChars, analysis.suggestions, analysis.memoryProfile,
                    analysis.at, analysis.lossMargin));

    /**
     * Checks the values against the same rules as the YAML mapping.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public AnalysisConfig {
        SECTION.verify(fields(connectivity, knownChars, suggestions, memoryProfile, at, lossMargin));
    }

    private static Fields fields(
            ConnectivityConfig connectivity,
            KnownCharsConfig knownChars,
            SuggestionsConfig suggestions,
            MemoryProfileConfig memoryProfile,
            AnalysisWeights at,
            double lossMargin) {
        return new Fields()
                .put(ConnectivityConfig.SECTION, connectivity)
                .put(KnownCharsConfig.SECTION, knownChars)
                .put(SuggestionsConfig.SECTION, suggestions)
                .put(MemoryProfileConfig.SECTION, memoryProfile)
                .put(AT, at)
                .put(LOSS_MARGIN, lossMargin);
    }
}
