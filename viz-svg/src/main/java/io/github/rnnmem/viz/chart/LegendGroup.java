package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * Legend keys under one heading, such as the heading {@code model} with one colour per unit, or
 * {@code suggestions} with one dash pattern per top-k.
 *
 * @param heading the heading, or an empty text for none
 * @param keys the keys, at least one
 */
public record LegendGroup(String heading, List<LegendKey> keys) {

    /** Checks every field; see the parameter descriptions. */
    public LegendGroup {
        Require.present(heading, "legend group heading (use \"\" for none)");
        keys = Require.nonEmpty(keys, "legend group \"" + heading + "\": keys");
    }
}
