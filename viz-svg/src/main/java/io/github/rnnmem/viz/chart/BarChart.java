package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * Horizontal stacked bars: one bar per category (such as a model), split into components (such as
 * embedding, recurrent and dense parameters). The value axis starts at 0.
 *
 * @param title the title above the chart
 * @param valueLabel the title of the value axis, such as {@code parameters}
 * @param components the stacked parts, at least one, in stacking order
 * @param categories the bars, at least one, top to bottom; each with one value per component
 * @param legend where the legend of components goes
 */
public record BarChart(
        String title,
        String valueLabel,
        List<BarComponent> components,
        List<BarCategory> categories,
        LegendPlacement legend) {

    /** Checks every field; see the parameter descriptions. */
    public BarChart {
        Require.text(title, "bar chart title");
        String where = "bar chart \"" + title + "\"";
        Require.text(valueLabel, where + ": value axis label");
        components = Require.nonEmpty(components, where + ": components");
        categories = Require.nonEmpty(categories, where + ": categories");
        Require.present(legend, where + ": legend placement");
        for (BarCategory category : categories) {
            if (category.values().size() != components.size()) {
                throw new IllegalArgumentException(where + ": category \"" + category.name() + "\": expected "
                        + components.size() + " values (one per component), got " + category.values().size());
            }
        }
        if (categories.stream().allMatch(category -> category.total() == 0)) {
            throw new IllegalArgumentException(where + ": expected at least one value above 0, got only zeros");
        }
    }
}
