package io.github.rnnmem.experiments.analysis.knownchars;

/**
 * The Wilson score interval of a proportion: with {@code h} hits in {@code n} trials, {@code p =
 * h / n} and {@code z = 1.96} for 95%,
 *
 * <pre>
 *   centre = (p + z^2 / 2n) / (1 + z^2 / n)
 *   half   = z sqrt(p (1 - p) / n + z^2 / 4n^2) / (1 + z^2 / n)
 * </pre>
 *
 * Unlike {@code p +- z sqrt(p (1 - p) / n)} it stays inside {@code [0, 1]} and is not empty at
 * {@code p = 0} or {@code 1}, which matters where few positions have many known characters.
 *
 * @param lower the lower bound
 * @param upper the upper bound
 */
public record WilsonInterval(double lower, double upper) {

    /** The normal quantile of a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    /**
     * The 95% interval of a proportion.
     *
     * @param hits {@code h}
     * @param trials {@code n}, positive
     * @return the interval
     */
    public static WilsonInterval of95(long hits, long trials) {
        if (trials <= 0 || hits < 0 || hits > trials) {
            throw new IllegalArgumentException("need 0 <= hits <= trials and trials > 0, got " + hits + " of " + trials);
        }
        double n = trials;
        double p = hits / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
