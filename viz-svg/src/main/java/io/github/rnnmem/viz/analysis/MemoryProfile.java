package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * Where a model's connectivity lies, averaged over many output positions.
 *
 * <p>For an output position {@code t}, the share of connectivity at distance {@code d} is {@code
 * c(t, t - d) / sum_tau c(t, tau)}: the row divided by its sum, so a row's shares add up to 1.
 * Distance 0 is the current character.
 *
 * @param unit the model
 * @param shareByDistance the mean share at distance d = 0, 1, ..., D (D at least 1) over the rows
 *     that reach that far; each in [0, 1] or NaN where no row does
 * @param untrainedShareByDistance the same for the model's initial (untrained) weights, as a
 *     reference, as many values; empty when not measured
 * @param contextShareByKnown the mean share of connectivity on earlier words (before the space in
 *     front of the current word) by the number of known characters of the word, 0, 1, ..., K; each
 *     in [0, 1] or NaN where there is no position
 * @param medianDistance the median distance of connectivity: the distance within which half of it
 *     lies, at least 0
 */
public record MemoryProfile(
        UnitTag unit,
        List<Double> shareByDistance,
        List<Double> untrainedShareByDistance,
        List<Double> contextShareByKnown,
        double medianDistance) {

    /** Checks every field; see the parameter descriptions. */
    public MemoryProfile {
        Require.present(unit, "memory profile: unit");
        String where = "memory profile \"" + unit.label() + "\"";
        shareByDistance = shares(Require.nonEmpty(shareByDistance, where + ": share by distance"),
                where + ": share by distance");
        untrainedShareByDistance = shares(List.copyOf(Require.present(untrainedShareByDistance,
                where + ": untrained share by distance (use an empty list when not measured)")),
                where + ": untrained share by distance");
        contextShareByKnown = shares(Require.nonEmpty(contextShareByKnown, where + ": context share by known characters"),
                where + ": context share by known characters");
        if (shareByDistance.size() < 2) {
            throw new IllegalArgumentException(where + ": share by distance: expected distances 0 to at least 1, got "
                    + shareByDistance.size() + " value");
        }
        if (!untrainedShareByDistance.isEmpty() && untrainedShareByDistance.size() != shareByDistance.size()) {
            throw new IllegalArgumentException(where + ": untrained share by distance: expected " + shareByDistance.size()
                    + " values (as the trained ones) or none, got " + untrainedShareByDistance.size());
        }
        if (!(Double.isFinite(medianDistance) && medianDistance >= 0)) {
            throw new IllegalArgumentException(where + ": median distance: expected a finite number >= 0, got "
                    + medianDistance);
        }
    }

    /**
     * The share of connectivity on earlier words when no character of the word is known yet.
     *
     * @return the first context share
     */
    public double contextShareAtZero() {
        return contextShareByKnown.get(0);
    }

    private static List<Double> shares(List<Double> values, String what) {
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            if (!Double.isNaN(value) && !(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(what + "[" + i + "]: expected a share in [0, 1] or NaN, got " + value);
            }
        }
        return values;
    }
}
