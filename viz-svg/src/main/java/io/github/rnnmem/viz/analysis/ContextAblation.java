package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.chart.Point;
import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * What a model loses when it sees only the last {@code d} characters, beside what its
 * connectivity puts beyond {@code d}.
 *
 * @param unit the model
 * @param lossIncrease per window {@code d} (x, above 0), the mean loss increase in nats against
 *     the whole sequence
 * @param shareBeyond per window {@code d}, the mean share of connectivity at distances {@code d}
 *     and more, in [0, 1], NaN where not measured
 * @param effectiveSpan the smallest window whose loss is within the tolerance of the whole
 *     sequence's, or NaN when none is
 * @param connectivitySpan the smallest window beyond which at most the tolerated share of
 *     connectivity lies, or NaN when none is
 */
public record ContextAblation(UnitTag unit, List<Point> lossIncrease, List<Point> shareBeyond, double effectiveSpan,
        double connectivitySpan) {

    /** Checks every field; see the parameter descriptions. */
    public ContextAblation {
        Require.present(unit, "context ablation: unit");
        String where = "context ablation \"" + unit.label() + "\"";
        lossIncrease = Require.nonEmpty(lossIncrease, where + ": loss increase");
        shareBeyond = List.copyOf(Require.present(shareBeyond, where + ": share beyond"));
        for (Point point : lossIncrease) {
            if (!(point.x() > 0)) {
                throw new IllegalArgumentException(where + ": expected windows above 0, got " + point.x());
            }
        }
        for (Point point : shareBeyond) {
            if (!Double.isNaN(point.y()) && !(point.y() >= 0 && point.y() <= 1)) {
                throw new IllegalArgumentException(where + ": share beyond " + point.x() + ": expected a share in [0, 1]"
                        + " or NaN, got " + point.y());
            }
        }
    }
}
