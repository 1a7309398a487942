package io.github.rnnmem.viz.layout;

import java.util.List;

/**
 * One model's panel of a connectivity figure, placed: a heading, the text as shaded character
 * boxes, an outline around the selected character, and beside the text the target word and the
 * model's suggestions at the selected position.
 *
 * @param label the model's label
 * @param swatch the small square of the model's colour before the heading
 * @param heading the model's label, bold
 * @param cells one cell per character, in text order
 * @param outline the outline around the selected character
 * @param target the line naming the target word at the selected position
 * @param suggestions one line per suggestion ({@code learning 57.5%}), most probable first, bold
 *     when the suggestion is the target word
 */
public record ConnectivityPanelLayout(
        String label, Swatch swatch, TextItem heading, List<CharCell> cells, Rect outline, TextItem target,
        List<TextItem> suggestions) {

    /** Copies the lists. */
    public ConnectivityPanelLayout {
        cells = List.copyOf(cells);
        suggestions = List.copyOf(suggestions);
    }
}
