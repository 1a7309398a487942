package io.github.rnnmem.experiments.analysis.memoryspan;

import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The cue's connectivity per character relative to fillers at the same distance.
 *
 * <p>Each row, of output position {@code t}, is divided by its sum: {@code a_tau = row[tau] /
 * sum(row)}. The reference rows, at spaces before fillers (whose prediction depends on no cue),
 * give the mean share at each distance {@code d}:
 *
 * <pre>
 *   F(d) = mean over reference rows with t >= d of a_{t - d}
 * </pre>
 *
 * and a pair with its answer's space at {@code s} and cue letters {@code c_0..c_1} gets
 *
 * <pre>
 *   ratio = mean_{tau = c_0..c_1} a_tau  /  mean_{tau = c_0..c_1} F(s - tau)
 * </pre>
 *
 * the cue's share per character against what fillers' predictions put at the same distances: 1
 * where the answer's prediction weighs the cue no more than a filler's weighs whatever lies there.
 * A pair whose row has no gradient, or whose distances no reference row reaches, has no ratio.
 */
final class CueConnectivity {

    private final double[] reference;

    private CueConnectivity(double[] reference) {
        this.reference = reference;
    }

    /**
     * The reference shares by distance.
     *
     * @param rows the reference rows
     * @param positions their output positions
     * @return the reference
     */
    static CueConnectivity of(List<float[]> rows, List<Integer> positions) {
        int longest = positions.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        double[] sums = new double[longest];
        long[] counts = new long[longest];
        for (int r = 0; r < rows.size(); r++) {
            float[] row = rows.get(r);
            int t = positions.get(r);
            OptionalDouble sum = GradientRows.total(row, t);
            if (sum.isEmpty()) {
                continue;
            }
            double total = sum.getAsDouble();
            for (int d = 0; d <= t; d++) {
                sums[d] += row[t - d] / total;
                counts[d]++;
            }
        }
        double[] reference = new double[longest];
        for (int d = 0; d < longest; d++) {
            reference[d] = counts[d] == 0 ? Double.NaN : sums[d] / counts[d];
        }
        return new CueConnectivity(reference);
    }

    /**
     * Whether a row has a gradient to divide by.
     *
     * @param row the row
     * @param t its output position
     * @return true when its sum is positive and finite
     */
    static boolean hasGradient(float[] row, int t) {
        return GradientRows.total(row, t).isPresent();
    }

    /**
     * The ratio of one pair.
     *
     * @param row the connectivity row at the space before the answer
     * @param pair the pair
     * @return the ratio, or empty
     */
    OptionalDouble ratio(float[] row, CuePair pair) {
        int s = pair.answerSpace();
        OptionalDouble sum = GradientRows.total(row, s);
        if (sum.isEmpty()) {
            return OptionalDouble.empty();
        }
        double total = sum.getAsDouble();
        double cue = 0;
        double fillers = 0;
        for (int tau = pair.cueStart(); tau <= pair.cueEnd(); tau++) {
            int d = s - tau;
            if (d >= reference.length || Double.isNaN(reference[d])) {
                return OptionalDouble.empty();
            }
            cue += row[tau] / total;
            fillers += reference[d];
        }
        return fillers > 0 ? OptionalDouble.of(cue / fillers) : OptionalDouble.empty();
    }
}
