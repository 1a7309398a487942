package io.github.rnnmem.viz.analysis;

/**
 * How a connectivity row's values, divided by the row maximum, become colour.
 *
 * <p>Each value is turned into a ratio {@code r = value / maximum} in [0, 1], then into a position
 * {@code s} in [0, 1] of the colour map (0 darkest, 1 brightest):
 */
public enum ConnectivityScale {
    /** {@code s = r}: shows which characters carry most of the gradient. */
    LINEAR("linear"),
    /**
     * {@code s = 1 + log10(r) / 8}, at least 0: the row maximum is brightest and every decade
     * below it darkens by an eighth of the range, so that ratios of 10⁻⁸ or less share the darkest
     * colour. This shows orders of magnitude: rows of the article's units span 10⁴ to 10³¹.
     */
    LOG("log");

    /** How many decades below the row maximum the log scale spans. */
    public static final int LOG_DECADES = 8;

    private final String id;

    ConnectivityScale(String id) {
        this.id = id;
    }

    /**
     * The name used in file names and in the report's controls.
     *
     * @return {@code linear} or {@code log}
     */
    public String id() {
        return id;
    }
}
