package io.github.rnnmem.viz.chart;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * One bar of a {@link BarChart}, such as one model: a value per component, stacked left to right.
 *
 * @param name the text left of the bar
 * @param values one value per component of the chart, in component order, each finite and at
 *     least 0
 */
public record BarCategory(String name, List<Double> values) {

    /** Checks every field; see the parameter descriptions. */
    public BarCategory {
        Require.text(name, "bar category name");
        values = Require.nonEmpty(values, "bar category \"" + name + "\": values");
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            if (!(Double.isFinite(value) && value >= 0)) {
                throw new IllegalArgumentException("bar category \"" + name + "\": value " + (i + 1)
                        + ": expected a finite number >= 0, got " + value);
            }
        }
    }

    /**
     * The length of the whole bar.
     *
     * @return the sum of the values
     */
    public double total() {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
