package io.github.rnnmem.experiments.config;

import io.github.rnnmem.experiments.settings.Setting;

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
public record ConnectivityConfig(
        @Setting(value = "the text the connectivity figure is drawn for; the default is the article's example",
                fallback = ARTICLE_TEXT, format = ValueFormats.Words.class)
        String text,
        @Setting(value = "differentiate with respect to the one-hot input characters (as the article's code) or the"
                + " embedding output", fallback = "one-hot")
        GradientInput wrt,
        @Setting(value = "the norm of each gradient vector: l2 (the article's formula) or l2-squared (the article's"
                + " code)", fallback = "l2-squared")
        GradientNorm norm,
        @Setting(value = "what is differentiated: the target word's logit (as the article), its log-probability, or"
                + " the logit of the word the model ranks first", fallback = "logit")
        ConnectivityScore target) {

    /** The article's 198-character example, leading space included. */
    public static final String ARTICLE_TEXT =
            " context the formal study of grammar is an important part of education from a young age"
                    + " through advanced learning though the rules taught in schools are not a grammar in"
                    + " the sense most linguists use";

    /**
     * Checks the values against their declarations.
     *
     * @throws IllegalArgumentException listing every broken rule
     */
    public ConnectivityConfig {
        ConfigSchema.verify(ConnectivityConfig.class, text, wrt, norm, target);
    }
}
