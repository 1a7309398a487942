package io.github.rnnmem.experiments.report;

import io.github.rnnmem.viz.colour.Colour;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per unit label, in the experiment's order: the article's colours for its units (GRU
 * #F8766D, LSTM #00BA38, Nested LSTM #619CFF) and further distinct hues for the others, the same
 * in every figure of a run.
 */
final class UnitColours {

    private final Map<String, Colour> colours = new LinkedHashMap<>();

    UnitColours(List<UnitSummary> units) {
        Map<String, String> unitByLabel = new LinkedHashMap<>();
        units.forEach(u -> unitByLabel.putIfAbsent(u.task().model(), u.model().unit()));
        List<String> labels = List.copyOf(unitByLabel.keySet());
        List<Colour> palette = io.github.rnnmem.viz.colour.UnitColours.assign(List.copyOf(unitByLabel.values()));
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
