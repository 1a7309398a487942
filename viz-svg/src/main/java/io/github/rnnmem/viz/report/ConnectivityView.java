package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.internal.Require;
import java.util.List;

/**
 * An interactive connectivity view for a report: the analysed text once per model, shaded by its
 * connectivity to the selected character, with each model's suggestions there, as in the article.
 *
 * <p>Pointing at a character (or tapping it) selects it in every panel at once; the left and
 * right arrow keys step through the positions; buttons jump to the walkthrough positions; a switch
 * chooses the linear or the log scale. Shading and colours are those of the SVG figure ({@link
 * io.github.rnnmem.viz.layout.ConnectivityShading}).
 *
 * @param panels one panel per model, all of the same text; published panels may be among them
 * @param position the position selected when the page opens
 * @param scale the scale when the page opens
 * @param walkthrough positions to offer as buttons, in order; may be empty
 */
public record ConnectivityView(
        List<ConnectivityPanel> panels, int position, ConnectivityScale scale, List<Integer> walkthrough) {

    /** Checks every field; see the parameter descriptions. */
    public ConnectivityView {
        panels = ConnectivityPanel.sameText(panels);
        int length = panels.get(0).length();
        Require.present(scale, "connectivity view: scale");
        checkPosition(position, length, "connectivity view: selected position");
        walkthrough = List.copyOf(Require.present(walkthrough, "connectivity view: walkthrough (use an empty list for none)"));
        for (int i = 0; i < walkthrough.size(); i++) {
            checkPosition(walkthrough.get(i), length, "connectivity view: walkthrough position " + (i + 1));
        }
    }

    private static void checkPosition(int position, int length, String what) {
        if (position < 0 || position >= length) {
            throw new IllegalArgumentException(what + ": expected 0 to " + (length - 1) + " (the text has " + length
                    + " characters), got " + position);
        }
    }
}
