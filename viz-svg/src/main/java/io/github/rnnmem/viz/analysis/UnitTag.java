package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.colour.UnitColours;
import io.github.rnnmem.viz.internal.Require;

/**
 * Which model an analysis belongs to, as figures show it.
 *
 * @param label the text that names the model in legends and panel headings, such as {@code gru},
 *     {@code gru seed 7} or {@code GRU, Madsen 2019 (published)}
 * @param unit the unit name, such as {@code gru}, {@code nested-lstm} or a plugin's name
 * @param colour the model's colour; {@link UnitColours#assign} gives the article's colours by unit
 *     name and distinct ones for the rest
 */
public record UnitTag(String label, String unit, Colour colour) {

    /** Checks every field. */
    public UnitTag {
        Require.text(label, "unit tag label");
        Require.text(unit, "unit tag \"" + label + "\": unit name");
        Require.present(colour, "unit tag \"" + label + "\": colour");
    }
}
