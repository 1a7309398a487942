package io.github.rnnmem.experiments.report;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.colour.UnitPalette;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per unit label, in the experiment's order, from ggplot2's hue palette: for the
 * article's three units in its order this is its GRU #F8766D, LSTM #00BA38 and Nested LSTM
 * #619CFF.
 */
final class UnitColours {

    private final Map<String, Colour> colours = new LinkedHashMap<>();

    UnitColours(List<UnitSummary> units) {
        List<String> labels = units.stream().map(u -> u.model().label()).distinct().toList();
        List<Colour> palette = UnitPalette.colours(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            colours.put(labels.get(i), palette.get(i));
        }
    }

    /**
     * The colour of a label.
     *
     * @param label a unit label of the run
     * @return its colour
     */
    Colour of(String label) {
        return colours.get(label);
    }

    /**
     * The labels in order.
     *
     * @return the labels
     */
    List<String> labels() {
        return List.copyOf(colours.keySet());
    }
}
