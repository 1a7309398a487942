package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * The legend of a {@link LineChart}: one key per series, or keys given explicitly in groups (as in
 * an accuracy chart where colour tells the unit and dash tells top-1, top-2 or top-3).
 *
 * @param placement where the legend goes
 * @param groups the explicit groups, or an empty list for one key per series in series order
 */
public record Legend(LegendPlacement placement, List<LegendGroup> groups) {

    /** Checks every field; see the parameter descriptions. */
    public Legend {
        Require.present(placement, "legend placement");
        groups = List.copyOf(Require.present(groups, "legend groups (use an empty list for one key per series)"));
    }

    /**
     * One key per series, in series order.
     *
     * @param placement where the legend goes
     * @return the legend
     */
    public static Legend perSeries(LegendPlacement placement) {
        return new Legend(placement, List.of());
    }

    /**
     * Explicit keys in groups.
     *
     * @param placement where the legend goes
     * @param groups the groups, at least one
     * @return the legend
     */
    public static Legend grouped(LegendPlacement placement, List<LegendGroup> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("grouped legend: expected at least one group, got none");
        }
        return new Legend(placement, groups);
    }

    /**
     * The groups to draw for a chart's series: the explicit ones, or one untitled group with a key
     * per series.
     *
     * @param series the chart's series
     * @return the groups
     */
    public List<LegendGroup> groupsFor(List<Series> series) {
        return groups.isEmpty() ? List.of(new LegendGroup("", series.stream().map(LegendKey::of).toList())) : groups;
    }
}
