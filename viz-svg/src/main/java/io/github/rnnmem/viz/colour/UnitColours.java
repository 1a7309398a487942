package io.github.rnnmem.viz.colour;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Colours of models by their unit name, stable from figure to figure and run to run.
 *
 * <p>The article's three units keep the article's colours whatever else is shown: {@code gru}
 * {@code #F8766D}, {@code lstm} {@code #00BA38}, {@code nested-lstm} {@code #619CFF} (ggplot2's hue
 * palette of three, hues 15, 135 and 255 degrees). Every other model gets the next free hue of the
 * same HCL circle (chroma 100, luminance 65), found by halving the gaps between hues already used:
 * first 75, 195 and 315 degrees (ggplot2's palette of six, the three article hues being the other
 * half), then 45, 105, 165, 225, 285, 345 and so on. The article hues stay reserved for their units,
 * so a plugin unit is never drawn in the LSTM's green. A second model of an article unit (another
 * size, say) takes the next free hue as well.
 */
public final class UnitColours {

    /** The article's colours by unit name. */
    private static final Map<String, Colour> ARTICLE = Map.of(
            "gru", Colour.parse("#F8766D"),
            "lstm", Colour.parse("#00BA38"),
            "nested-lstm", Colour.parse("#619CFF"));

    private static final double FIRST_HUE = 15;
    private static final double CHROMA = 100;
    private static final double LUMINANCE = 65;

    private UnitColours() {}

    /**
     * The article's colour of a unit.
     *
     * @param unit a unit name such as {@code lstm}
     * @return its colour, or empty for a unit the article did not show
     */
    public static Optional<Colour> article(String unit) {
        return Optional.ofNullable(ARTICLE.get(unit));
    }

    /**
     * One colour per model, in order.
     *
     * @param units the unit name of every model to colour, in the order the models are shown (one
     *     entry per model, not per seed)
     * @return the colours, one per entry, all different
     */
    public static List<Colour> assign(List<String> units) {
        List<Colour> colours = new ArrayList<>(units.size());
        List<Colour> taken = new ArrayList<>();
        int extra = 0;
        for (String unit : units) {
            Colour colour = ARTICLE.get(unit);
            if (colour == null || taken.contains(colour)) {
                colour = Colour.fromHcl(extraHue(extra++), CHROMA, LUMINANCE);
            }
            taken.add(colour);
            colours.add(colour);
        }
        return List.copyOf(colours);
    }

    /**
     * The hue of the {@code index}-th colour after the article's three: the middles of the gaps
     * between the hues used so far, gap size halving from round to round (120, 60, 30, ...).
     *
     * @param index 0 for the first extra colour
     * @return the hue in degrees
     */
    static double extraHue(int index) {
        int count = 3;
        double gap = 120;
        int rest = index;
        while (rest >= count) {
            rest -= count;
            count *= 2;
            gap /= 2;
        }
        return FIRST_HUE + gap / 2 + gap * rest;
    }
}
