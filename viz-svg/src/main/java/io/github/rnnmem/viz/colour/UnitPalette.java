package io.github.rnnmem.viz.colour;

import java.util.ArrayList;
import java.util.List;

/**
 * Distinct colours for n units, as ggplot2's default discrete palette ({@code hue_pal()}): hues
 * equally spaced around the HCL circle starting at 15 degrees, chroma 100, luminance 65.
 *
 * <p>Colour {@code i} of {@code n} has hue {@code 15 + 360 i / n}. For three units this gives
 * {@code #F8766D}, {@code #00BA38}, {@code #619CFF}: the GRU, LSTM and Nested LSTM colours of
 * "Visualizing memorization in RNNs".
 */
public final class UnitPalette {

    private static final double FIRST_HUE = 15;
    private static final double CHROMA = 100;
    private static final double LUMINANCE = 65;

    private UnitPalette() {}

    /**
     * The palette for {@code count} units.
     *
     * @param count how many colours, at least 1
     * @return the colours, in hue order
     */
    public static List<Colour> colours(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("unit palette size: expected at least 1, got " + count);
        }
        List<Colour> colours = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            colours.add(Colour.fromHcl(FIRST_HUE + 360.0 * i / count, CHROMA, LUMINANCE));
        }
        return List.copyOf(colours);
    }
}
