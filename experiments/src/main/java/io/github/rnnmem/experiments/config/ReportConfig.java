package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;
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
public record ReportConfig(
        @Setting(value = "draw the article's published results as \"Madsen 2019 (published)\": its known-characters"
                + " curves, and its three models' connectivity panels when the analysed text is the article's",
                fallback = "false")
        boolean published,
        @Setting(value = "positions of the analysed text drawn as connectivity-<position>.svg and offered as"
                + " walkthrough buttons (the article's 106, 159, 141, 32, 162 on its text, else the last character)",
                range = "[0, 1000000]")
        Optional<List<Integer>> positions) {

    /** The positions the article walks through on its text. */
    public static final List<Integer> ARTICLE_WALKTHROUGH = List.of(106, 159, 141, 32, 162);

    /**
     * Checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public ReportConfig {
        ConfigSchema.verify(ReportConfig.class, published, positions);
    }
}
