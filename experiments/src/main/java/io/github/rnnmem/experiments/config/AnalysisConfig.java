package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;

/**
 * The analyses run on every trained unit: {@code analysis} in YAML; every part is optional.
 *
 * @param connectivity the connectivity figure
 * @param knownChars accuracy given the number of known characters
 * @param suggestions the suggestions shown with the connectivity figure
 * @param memoryProfile connectivity by distance over the test set
 */
public record AnalysisConfig(
        ConnectivityConfig connectivity,
        KnownCharsConfig knownChars,
        SuggestionsConfig suggestions,
        MemoryProfileConfig memoryProfile) {

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
                            MemoryProfileConfig.SECTION),
                    List.of()),
            fields -> new AnalysisConfig(
                    fields.get(ConnectivityConfig.SECTION),
                    fields.get(KnownCharsConfig.SECTION),
                    fields.get(SuggestionsConfig.SECTION),
                    fields.get(MemoryProfileConfig.SECTION)),
            analysis -> fields(analysis.connectivity, analysis.knownChars, analysis.suggestions, analysis.memoryProfile));

    /**
     * Checks that every part is present.
     *
     * @throws IllegalArgumentException naming the missing parts
     */
    public AnalysisConfig {
        SECTION.verify(fields(connectivity, knownChars, suggestions, memoryProfile));
    }

    private static Fields fields(
            ConnectivityConfig connectivity,
            KnownCharsConfig knownChars,
            SuggestionsConfig suggestions,
            MemoryProfileConfig memoryProfile) {
        return new Fields()
                .put(ConnectivityConfig.SECTION, connectivity)
                .put(KnownCharsConfig.SECTION, knownChars)
                .put(SuggestionsConfig.SECTION, suggestions)
                .put(MemoryProfileConfig.SECTION, memoryProfile);
    }
}
