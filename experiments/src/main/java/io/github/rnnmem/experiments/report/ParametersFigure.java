package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.model.ParameterCounts;
import io.github.rnnmem.viz.chart.BarCategory;
import io.github.rnnmem.viz.chart.BarChart;
import io.github.rnnmem.viz.chart.BarComponent;
import io.github.rnnmem.viz.chart.LegendPlacement;
import io.github.rnnmem.viz.colour.Colour;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parameters per model, stacked in the article's columns: embedding, recurrent, dense. */
final class ParametersFigure {

    private ParametersFigure() {}

    static BarChart chart(RunSummary summary) {
        Map<String, ParameterCounts> byLabel = new LinkedHashMap<>();
        summary.units().forEach(unit -> byLabel.putIfAbsent(unit.task().model(), unit.model().parameters()));
        List<BarCategory> bars = new ArrayList<>();
        byLabel.forEach((label, counts) -> bars.add(new BarCategory(label,
                List.of((double) counts.embedding(), (double) counts.recurrent(), (double) counts.dense()))));
        return new BarChart(
                "Parameters per model",
                "parameters",
                List.of(new BarComponent("embedding", Colour.parse("#8C8C8C")),
                        new BarComponent("recurrent", Colour.parse("#3B6FB6")),
                        new BarComponent("dense", Colour.parse("#E0A030"))),
                bars,
                LegendPlacement.BOTTOM);
    }
}
