package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.config.internal.EnumRule;
import io.github.rnnmem.experiments.config.internal.Fallback;
import io.github.rnnmem.experiments.config.internal.Fields;
import io.github.rnnmem.experiments.config.internal.PatternRule;
import io.github.rnnmem.experiments.config.internal.Section;
import io.github.rnnmem.experiments.config.internal.Setting;
import io.github.rnnmem.experiments.config.internal.Table;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The connectivity figure: {@code analysis.connectivity} in YAML. For each output position {@code
 * t} with target word {@code w}, connectivity to an earlier input position {@code tau <= t} is the
 * norm of the gradient of the logit of {@code w} at {@code t} with respect to the input at {@code
 * tau}; positions after {@code t} are 0.
 *
 * @param text the text the figure is drawn for: words of a-z, each after a single space
 * @param wrt what the gradient is taken with respect to
 * @param norm how a gradient vector becomes one number
 * @param target which score of the output is differentiated
 */
public record ConnectivityConfig(String text, GradientInput wrt, GradientNorm norm, ConnectivityScore target) {

    /** The article's 198-character example, leading space included. */
    public static final String ARTICLE_TEXT =
            " context the formal study of grammar is an important part of education from a young age"
                    + " through advanced learning though the rules taught in schools are not a grammar in"
                    + " the sense most linguists use";

    static final Setting<String> TEXT = new Setting<>(
            "text",
            new PatternRule(
                    Pattern.compile("( [a-z]+)+"),
                    "words of a-z, each after a single space (so the text starts with a space)",
                    "text",
                    "words of a-z, each after one space"),
            Fallback.value(ARTICLE_TEXT),
            "the text the connectivity figure is drawn for; the default is the article's example");
    static final Setting<GradientInput> WRT = new Setting<>(
            "wrt",
            EnumRule.of(GradientInput.class),
            Fallback.value(GradientInput.ONE_HOT),
            "differentiate with respect to the one-hot input characters (as the article's code) or the embedding output");
    static final Setting<GradientNorm> NORM = new Setting<>(
            "norm",
            EnumRule.of(GradientNorm.class),
            Fallback.value(GradientNorm.L2_SQUARED),
            "the norm of each gradient vector: l2 (the article's formula) or l2-squared (the article's code)");
    static final Setting<ConnectivityScore> TARGET = new Setting<>(
            "target",
            EnumRule.of(ConnectivityScore.class),
            Fallback.value(ConnectivityScore.LOGIT),
            "what is differentiated: the target word's logit (as the article), its log-probability, or the logit of"
                    + " the word the model ranks first");

    static final Section<ConnectivityConfig> SECTION = new Section<>(
            "analysis.connectivity",
            "the connectivity figure: what each prediction's gradient reaches back to",
            Fallback.defaults(),
            ConnectivityConfig.class,
            new Table(List.of(TEXT, WRT, NORM, TARGET), List.of()),
            fields -> new ConnectivityConfig(fields.get(TEXT), fields.get(WRT), fields.get(NORM), fields.get(TARGET)),
            connectivity -> fields(connectivity.text, connectivity.wrt, connectivity.norm, connectivity.target));

    /**
     * Checks the values against the same rules as the YAML mapping.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public ConnectivityConfig {
        SECTION.verify(fields(text, wrt, norm, target));
    }

    private static Fields fields(String text, GradientInput wrt, GradientNorm norm, ConnectivityScore target) {
        return new Fields().put(TEXT, text).put(WRT, wrt).put(NORM, norm).put(TARGET, target);
    }
}
