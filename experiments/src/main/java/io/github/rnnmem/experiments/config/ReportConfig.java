package io.github.rnnmem.experiments.config;

import io.github.rnnmem.api.Domain;
import io.github.rnnmem.experiments.config.internal.BooleanRule;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.IntegerListRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;
import java.util.Optional;

/**
 * How the report draws a run: {@code report} in YAML. Report settings never cause training or
 * analyses to run again.
 *
 * @param published whether the article's published results are drawn beside the run's units
 * @param positions positions of the analysed text drawn as {@code connectivity-<position>.svg} and
 *     offered as walkthrough buttons; empty for the default (the article's walkthrough on the
 *     article's text, else the last character)
 */
public record ReportConfig(boolean published, Optional<List<Integer>> positions) {

    /** The positions the article walks through on its text. */
    public static final List<Integer> ARTICLE_WALKTHROUGH = List.of(106, 159, 141, 32, 162);

    static final Setting<Boolean> PUBLISHED = new Setting<>(
            "published",
            new BooleanRule(),
            Fallback.value(false),
            "draw the article's published results as \"Madsen 2019 (published)\": its known-characters curves, and its"
                    + " three models' connectivity panels when the analysed text is the article's");
    static final Setting<List<Integer>> POSITIONS = new Setting<>(
            "positions",
            new IntegerListRule(new Domain.IntegerRange(0, 1_000_000)),
            Fallback.none(),
            "positions of the analysed text drawn as connectivity-<position>.svg and offered as walkthrough buttons"
                    + " (the article's 106, 159, 141, 32, 162 on its text, else the last character)");

    static final Section<ReportConfig> SECTION = new Section<>(
            "report",
            "how the report draws the run",
            Fallback.defaults(),
            ReportConfig.class,
            new Table(List.of(PUBLISHED, POSITIONS), List.of()),
            fields -> new ReportConfig(fields.get(PUBLISHED), fields.optional(POSITIONS)),
            report -> fields(report.published, report.positions));

    /**
     * Checks the values against the same rules as the YAML mapping.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public ReportConfig {
        SECTION.verify(fields(published, positions));
    }

    private static Fields fields(boolean published, Optional<List<Integer>> positions) {
        return new Fields().put(PUBLISHED, published).put(POSITIONS, positions);
    }
}
