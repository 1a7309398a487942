package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * Accuracy given known characters for one model (or for a baseline): one curve per top-k.
 *
 * @param unit the model
 * @param curves the top-1, top-2, ... curves in that order, at least one
 */
public record KnownCharsResult(UnitTag unit, List<AccuracyCurve> curves) {

    /** Checks every field; see the parameter descriptions. */
    public KnownCharsResult {
        Require.present(unit, "known-characters result: unit");
        curves = Require.nonEmpty(curves, "known-characters result \"" + unit.label() + "\": curves");
        for (int i = 0; i < curves.size(); i++) {
            if (curves.get(i).topK() != i + 1) {
                throw new IllegalArgumentException("known-characters result \"" + unit.label() + "\": curve " + (i + 1)
                        + ": expected top-" + (i + 1) + ", got top-" + curves.get(i).topK());
            }
        }
    }
}
