package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * Top-k accuracy against the number of known characters.
 *
 * @param topK k: a hit when the target word is among the k most probable suggestions, at least 1
 * @param points one point per number of known characters, 0, 1, 2, ... in order
 */
public record AccuracyCurve(int topK, List<AccuracyPoint> points) {

    /** Checks every field; see the parameter descriptions. */
    public AccuracyCurve {
        if (topK < 1) {
            throw new IllegalArgumentException("accuracy curve: top-k: expected at least 1, got " + topK);
        }
        points = Require.nonEmpty(points, "top-" + topK + " accuracy curve: points");
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).known() != i) {
                throw new IllegalArgumentException("top-" + topK + " accuracy curve: point " + i
                        + ": expected " + i + " known characters, got " + points.get(i).known());
            }
        }
    }
}
