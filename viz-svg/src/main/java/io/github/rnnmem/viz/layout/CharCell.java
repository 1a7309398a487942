package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.colour.Colour;

/**
 * One character of a connectivity panel, placed: its box, shaded by its connectivity to the
 * selected position, and the character centred in it.
 *
 * @param position the character's position in the text
 * @param box the box; boxes of a line touch, so shaded runs read as one
 * @param fill the shading, or null for a character after the selected position (left blank)
 * @param character the character, centred in the box (empty text for a space)
 * @param textColour black or white on the shading, grey when blank
 * @param ratio the connectivity divided by the row maximum (NaN when blank)
 * @param level the shading level 0..255 ({@link ConnectivityShading}), -1 when blank
 * @param tooltip the character, its position and its ratio
 */
public record CharCell(
        int position, Rect box, Colour fill, TextItem character, Colour textColour, double ratio, int level, String tooltip) {}
