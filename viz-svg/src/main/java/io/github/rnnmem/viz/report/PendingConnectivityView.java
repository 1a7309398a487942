package io.github.rnnmem.viz.report;

import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.internal.Require;
import io.github.rnnmem.viz.layout.ConnectivityLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A connectivity view of a text whose rows and suggestions are not computed yet: the same markup,
 * look and script as the report's {@link ConnectivityView}, for a page that asks a server for the
 * numbers of the positions its reader selects and hands them to the view as they come.
 *
 * <p>The page script ({@link #script()}) brings every such view to life as it does the report's:
 * {@code rnnmemConnectivity.attach(element)} returns the view of an element inserted later. A
 * view whose row at the selected position is missing shows that position's characters hatched,
 * and tells the page by a {@code cv-select} event ({@code detail.position}); the page answers
 * with {@code view.setStep(panel, position, {suggestions, row, scored})}, the row as the
 * connectivity values (coded on the way in exactly as the report's writer codes them) and the
 * suggestions as {@code [word, probability]} pairs.
 *
 * @param text the text, each character one position
 * @param units the models, one panel each
 * @param notes beside each model's name, such as its test loss; empty for none
 * @param position the position selected first
 * @param scale the scale shown first
 */
public record PendingConnectivityView(String text, List<UnitTag> units, List<String> notes, int position,
        ConnectivityScale scale) {

    /** Checks every field; see the parameter descriptions. */
    public PendingConnectivityView {
        Require.text(text, "connectivity view: text");
        units = Require.nonEmpty(units, "connectivity view: units");
        notes = List.copyOf(Require.present(notes, "connectivity view: notes"));
        if (notes.size() != units.size()) {
            throw new IllegalArgumentException("connectivity view: expected one note per unit (" + units.size()
                    + "), got " + notes.size());
        }
        Require.present(scale, "connectivity view: scale");
        int length = text.codePointCount(0, text.length());
        if (position < 0 || position >= length) {
            throw new IllegalArgumentException("connectivity view: selected position: expected 0 to " + (length - 1)
                    + " (the text has " + length + " characters), got " + position);
        }
    }

    /**
     * The view as an HTML fragment (well-formed XHTML), with its data but without its script and
     * style: a page includes {@link #script()} and {@link #style()} once.
     *
     * @return the fragment
     */
    public String toHtml() {
        int length = text.codePointCount(0, text.length());
        List<String> targets = new ArrayList<>(length);
        for (int t = 0; t < length; t++) {
            targets.add(ConnectivityLayout.wordAt(text, t));
        }
        List<ConnectivityBlock.PanelData> panels = new ArrayList<>();
        for (int p = 0; p < units.size(); p++) {
            panels.add(new ConnectivityBlock.PanelData(units.get(p), notes.get(p), targets,
                    Collections.nCopies(length, null), Collections.nCopies(length, null)));
        }
        StringBuilder out = new StringBuilder(4096 + 64 * length * units.size());
        ConnectivityBlock.writeView(out, text, position, scale, List.of(), panels);
        return out.toString();
    }

    /**
     * The script of every connectivity view, the report's and these.
     *
     * @return the JavaScript
     */
    public static String script() {
        return ConnectivityBlock.SCRIPT;
    }

    /**
     * The style of every connectivity view.
     *
     * @return the CSS rules
     */
    public static String style() {
        return ConnectivityBlock.STYLE;
    }
}
