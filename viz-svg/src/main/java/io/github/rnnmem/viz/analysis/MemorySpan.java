package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * How far back a model remembers planted cues: the answer's accuracy by the distance from its
 * cue, and the cue's connectivity relative to fillers at the same distance.
 *
 * @param unit the model
 * @param accuracy top-1 accuracy of the answer by distance bucket, at least one bucket
 * @param cueConnectivity per bucket (x the bucket's mean distance), the median over its pairs of
 *     the cue's connectivity per character divided by that of fillers at the same distance; NaN
 *     where there is none
 * @param untrainedCueConnectivity the same for the model's initial weights; may be empty
 * @param span the memory span in characters, or NaN when no bucket reaches the level
 */
public record MemorySpan(UnitTag unit, List<SpanPoint> accuracy, List<Point> cueConnectivity,
        List<Point> untrainedCueConnectivity, double span) {

    /** Checks every field; see the parameter descriptions. */
    public MemorySpan {
        Require.present(unit, "memory span: unit");
        String where = "memory span \"" + unit.label() + "\"";
        accuracy = Require.nonEmpty(accuracy, where + ": accuracy");
        cueConnectivity = List.copyOf(Require.present(cueConnectivity, where + ": cue connectivity"));
        untrainedCueConnectivity = List.copyOf(Require.present(untrainedCueConnectivity,
                where + ": untrained cue connectivity (use an empty list when not measured)"));
        if (!Double.isNaN(span) && !(Double.isFinite(span) && span >= 0)) {
            throw new IllegalArgumentException(where + ": span: expected a number >= 0 or NaN, got " + span);
        }
    }
}
