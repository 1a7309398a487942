package io.github.rnnmem.experiments.evaluation;

import java.util.List;

/**
 * What a metric does over the seeds a model was trained with: the mean, the sample standard
 * deviation and the 95% confidence interval of the mean,
 *
 * <pre>
 *   mean = (1/n) sum x_i,   sd = sqrt( sum (x_i - mean)^2 / (n - 1) ),
 *   interval = mean -+ t(0.975, n - 1) * sd / sqrt(n)
 * </pre>
 *
 * with {@code t(0.975, n - 1)} the 97.5% quantile of Student's t distribution with n - 1 degrees of
 * freedom (12.71 for two seeds, 4.30 for three, 2.78 for five, 2.26 for ten). With one seed there is
 * no spread: sd and the interval are NaN.
 *
 * @param n the number of seeds with a value
 * @param mean the mean
 * @param sd the sample standard deviation, NaN for one seed
 * @param lower the interval's lower end, NaN for one seed
 * @param upper the interval's upper end, NaN for one seed
 */
public record SeedSpread(int n, double mean, double sd, double lower, double upper) {

    private static final double LEVEL = 0.95;

    /**
     * The spread of values; NaN values (a seed without the metric) are left out.
     *
     * @param values one value per seed
     * @return the spread, with {@code n} 0 and every number NaN when no value is a number
     */
    public static SeedSpread of(List<Double> values) {
        double[] finite = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
        int n = finite.length;
        if (n == 0) {
            return new SeedSpread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (double value : finite) {
            mean += value;
        }
        mean /= n;
        if (n == 1) {
            return new SeedSpread(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double value : finite) {
            squares += (value - mean) * (value - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = studentQuantile(n - 1) * sd / Math.sqrt(n);
        return new SeedSpread(n, mean, sd, mean - half, mean + half);
    }

    /**
     * The two-sided 95% quantile of Student's t distribution: the t with {@code P(|T| <= t) = 0.95},
     * found by bisection on {@link #centralProbability}.
     *
     * @param degrees the degrees of freedom, at least 1
     * @return t(0.975, degrees)
     */
    static double studentQuantile(int degrees) {
        double low = 0;
        double high = 1000;
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (centralProbability(middle, degrees) < LEVEL) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /**
     * {@code P(|T| <= t)} for Student's t with integer degrees of freedom v (Abramowitz and Stegun
     * 26.7.3 and 26.7.4): with {@code theta = atan(t / sqrt(v))},
     *
     * <pre>
     *   v odd:  (2/pi) (theta + sin(theta) (cos(theta) + (2/3) cos^3(theta) + ...
     *                                       + (2.4...(v-3))/(1.3...(v-2)) cos^(v-2)(theta)))
     *   v even: sin(theta) (1 + (1/2) cos^2(theta) + ... + (1.3...(v-3))/(2.4...(v-2)) cos^(v-2)(theta))
     * </pre>
     *
     * (for v = 1 the odd sum is empty, for v = 2 the even one is 1).
     *
     * @param t the bound, at least 0
     * @param degrees v, at least 1
     * @return the probability
     */
    static double centralProbability(double t, int degrees) {
        double theta = Math.atan(t / Math.sqrt(degrees));
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        if (degrees % 2 == 1) {
            double sum = 0;
            double term = cos;
            for (int k = 1; k <= degrees - 2; k += 2) {
                sum += term;
                term *= cos * cos * (k + 1) / (k + 2);
            }
            return 2 / Math.PI * (theta + sin * sum);
        }
        double sum = 0;
        double term = 1;
        for (int k = 0; k <= degrees - 2; k += 2) {
            sum += term;
            term *= cos * cos * (k + 1) / (k + 2);
        }
        return sin * sum;
    }
}
