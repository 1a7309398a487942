package io.github.rnnmem.experiments.analysis.ablation;

import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The share of connectivity beyond each window: for a row at output position {@code t}, divided
 * by its sum ({@code a_tau = row[tau] / sum(row)}),
 *
 * <pre>
 *   B(d) = mean over rows of sum_{tau <= t - d} a_tau
 * </pre>
 *
 * the part of the row at distances {@code d} and more, which a window of the last {@code d}
 * characters leaves out. Rows that are zero everywhere or not finite are counted apart.
 */
final class ShareBeyond {

    private final int[] windows;
    private final double[] beyond;
    private long rows;
    private long zeroRows;

    ShareBeyond(List<Integer> windows) {
        this.windows = windows.stream().mapToInt(Integer::intValue).toArray();
        this.beyond = new double[this.windows.length];
    }

    /**
     * Adds one row.
     *
     * @param row the connectivity row, entries after {@code t} zero
     * @param t the output position
     */
    void add(float[] row, int t) {
        OptionalDouble sum = GradientRows.total(row, t);
        if (sum.isEmpty()) {
            zeroRows++;
            return;
        }
        double total = sum.getAsDouble();
        rows++;
        for (int w = 0; w < windows.length; w++) {
            double far = 0;
            for (int tau = 0; tau <= t - windows[w]; tau++) {
                far += row[tau];
            }
            beyond[w] += far / total;
        }
    }

    /**
     * The mean share beyond a window.
     *
     * @param index the window's index in the list given
     * @return {@code B(d)}, empty without rows
     */
    OptionalDouble share(int index) {
        return rows == 0 ? OptionalDouble.empty() : OptionalDouble.of(beyond[index] / rows);
    }

    long rows() {
        return rows;
    }

    long zeroRows() {
        return zeroRows;
    }
}
