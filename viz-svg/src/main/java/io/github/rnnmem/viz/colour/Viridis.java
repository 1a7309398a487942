package io.github.rnnmem.viz.colour;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib 2015): dark blue-violet at 0 through
 * teal to yellow at 1, with lightness rising steadily, so equal steps in value look like equal
 * steps in colour and the map stays readable in grey scale and for common colour-vision
 * deficiencies.
 *
 * <p>Each gamma-encoded sRGB channel is a polynomial of degree 7 in t, {@code c(t) = sum_k a_k
 * t^k}, clipped to [0, 1]. The coefficients are a weighted least-squares fit to the 256 colours of
 * the published map (ends weighted 20 times): it reproduces {@code #440154} at 0 and {@code
 * #FDE725} at 1 exactly, departs from the published map by at most 2.3 of 255 levels in a
 * channel, and its relative luminance rises strictly with t.
 */
public final class Viridis {

    private static final double[] RED = {
        0.266890247, 0.831807254, -11.4226061, 60.5730238, -178.55253, 275.753292, -203.489296, 57.0326888
    };
    private static final double[] GREEN = {
        0.00486429207, 1.47324761, -0.93404249, 0.913626714, -4.62086839, 13.6361647, -15.2800791, 5.71324899
    };
    private static final double[] BLUE = {
        0.32933276, 1.79209596, -6.41724695, 19.9715238, -56.9171864, 104.179552, -99.5755925, 36.7813684
    };

    private Viridis() {}

    /**
     * The colour at a position of the map.
     *
     * @param t the position, 0 (low) to 1 (high)
     * @return the colour
     */
    public static Colour at(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("viridis position: expected a number in [0, 1], got " + t);
        }
        return Colour.ofUnitRgb(polynomial(RED, t), polynomial(GREEN, t), polynomial(BLUE, t));
    }

    private static double polynomial(double[] coefficients, double t) {
        double value = 0;
        for (int k = coefficients.length - 1; k >= 0; k--) {
            value = value * t + coefficients[k];
        }
        return value;
    }
}
