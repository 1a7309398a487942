package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.internal.Require;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The connectivity analysis of one text by one model: a {@link ConnectivityStep} per character, in
 * text order. Step {@code t}'s row has one entry per character of the text, and its entries after
 * {@code t} are 0.
 *
 * @param unit the model
 * @param steps the steps, at least one, position {@code t} at index {@code t}
 */
public record ConnectivityPanel(UnitTag unit, List<ConnectivityStep> steps) {

    /** Checks every field; see the parameter descriptions. */
    public ConnectivityPanel {
        Require.present(unit, "connectivity panel: unit");
        String where = "connectivity panel \"" + unit.label() + "\"";
        steps = Require.nonEmpty(steps, where + ": steps");
        for (int t = 0; t < steps.size(); t++) {
            ConnectivityStep step = steps.get(t);
            if (step.length() != steps.size()) {
                throw new IllegalArgumentException(where + ": position " + t + ": expected a connectivity row of "
                        + steps.size() + " entries (one per character of the text), got " + step.length());
            }
            for (int tau = t + 1; tau < step.length(); tau++) {
                if (step.connectivity(tau) != 0) {
                    throw new IllegalArgumentException(where + ": position " + t + ": connectivity[" + tau
                            + "]: expected 0 after the position (a prediction cannot depend on later input), got "
                            + step.connectivity(tau));
                }
            }
        }
    }

    /**
     * The analysed text.
     *
     * @return the characters of the steps, joined
     */
    public String text() {
        return steps.stream().map(ConnectivityStep::character).collect(Collectors.joining());
    }

    /**
     * The number of positions.
     *
     * @return the text length in characters
     */
    public int length() {
        return steps.size();
    }

    /**
     * Checks that panels can be shown side by side: at least one, all of the same text.
     *
     * @param panels the panels
     * @return an unmodifiable copy
     */
    public static List<ConnectivityPanel> sameText(List<ConnectivityPanel> panels) {
        List<ConnectivityPanel> checked = Require.nonEmpty(panels, "connectivity panels");
        String text = checked.get(0).text();
        for (ConnectivityPanel panel : checked) {
            if (!panel.text().equals(text)) {
                throw new IllegalArgumentException("connectivity panel \"" + panel.unit().label()
                        + "\": expected the text of panel \"" + checked.get(0).unit().label() + "\" (\"" + text
                        + "\"), got \"" + panel.text() + "\"");
            }
        }
        return checked;
    }
}
