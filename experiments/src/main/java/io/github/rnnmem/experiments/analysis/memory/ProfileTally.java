package io.github.rnnmem.experiments.analysis.memory;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import java.util.OptionalDouble;

/**
 * Aggregates connectivity rows into a memory profile.
 *
 * <p>Each row (output position {@code t}, its word opened by the space at {@code s}, so {@code k
 * = t - s} characters of it are known) becomes shares summing to 1: {@code a_tau = row[tau] /
 * sum(row)}. Then
 *
 * <pre>
 *   by distance:    P(d)  = mean over rows of a_{t - d}            d = 0..D, the rest beyond D
 *   context share:  C(k)  = mean over rows with k known characters of sum_{tau < s} a_tau
 *   median distance: the least d with P(0) + ... + P(d) >= 1/2
 * </pre>
 *
 * {@code P} sums to 1 with the share beyond {@code D}: it is where a unit's connectivity lies,
 * whatever its scale. Rows that are zero everywhere (no gradient at all) are counted apart.
 */
final class ProfileTally {

    private final int maxDistance;
    private final int maxChars;
    private final double[] byDistance;
    private double beyond;
    private long rows;
    private long zeroRows;
    private final double[] context;
    private final long[] contextRows;

    ProfileTally(int maxDistance, int maxChars) {
        this.maxDistance = maxDistance;
        this.maxChars = maxChars;
        this.byDistance = new double[maxDistance + 1];
        this.context = new double[maxChars + 1];
        this.contextRows = new long[maxChars + 1];
    }

    /**
     * Adds one row.
     *
     * @param row the connectivity row, entries after {@code t} zero
     * @param t the output position
     * @param wordStart the index of the space that opens the word at {@code t}
     */
    void add(float[] row, int t, int wordStart) {
        OptionalDouble sum = GradientRows.total(row, t);
        if (sum.isEmpty()) {
            zeroRows++;
            return;
        }
        double total = sum.getAsDouble();
        rows++;
        for (int tau = 0; tau <= t; tau++) {
            int distance = t - tau;
            double share = row[tau] / total;
            if (distance <= maxDistance) {
                byDistance[distance] += share;
            } else {
                beyond += share;
            }
        }
        int known = t - wordStart;
        if (known <= maxChars) {
            double earlier = 0;
            for (int tau = 0; tau < wordStart; tau++) {
                earlier += row[tau] / total;
            }
            context[known] += earlier;
            contextRows[known]++;
        }
    }

    /**
     * The profile as JSON.
     *
     * @return the shares by distance, the share beyond {@code D}, the context share by known
     *     characters (with its row counts; {@code null} where there are none), its value at 0, the
     *     median distance and the row counts
     */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        JsonArray distance = new JsonArray();
        double cumulative = 0;
        int median = -1;
        for (int d = 0; d <= maxDistance; d++) {
            double share = rows == 0 ? 0 : byDistance[d] / rows;
            distance.add(share);
            cumulative += share;
            if (median < 0 && cumulative >= 0.5) {
                median = d;
            }
        }
        json.add("share_by_distance", distance);
        json.addProperty("share_beyond_max_distance", rows == 0 ? 0 : beyond / rows);
        JsonArray contextShare = new JsonArray();
        JsonArray contextCounts = new JsonArray();
        for (int k = 0; k <= maxChars; k++) {
            if (contextRows[k] == 0) {
                contextShare.add(JsonNull.INSTANCE);
            } else {
                contextShare.add(context[k] / contextRows[k]);
            }
            contextCounts.add(contextRows[k]);
        }
        json.add("context_share_by_known_characters", contextShare);
        json.add("rows_by_known_characters", contextCounts);
        if (contextRows[0] > 0) {
            json.addProperty("context_share_at_zero_known", context[0] / contextRows[0]);
        } else {
            json.add("context_share_at_zero_known", JsonNull.INSTANCE);
        }
        if (median >= 0) {
            json.addProperty("median_distance", median);
        } else {
            json.add("median_distance", JsonNull.INSTANCE);
        }
        json.addProperty("rows", rows);
        json.addProperty("rows_without_gradient", zeroRows);
        return json;
    }
}
