package io.github.rnnmem.viz.layout;

import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.colour.Viridis;
import java.util.ArrayList;
import java.util.List;

/**
 * The colour of a connectivity value, shared by the SVG figure and the report's interactive view
 * so that both show exactly the same colours.
 *
 * <p>A value becomes colour in three steps:
 *
 * <ol>
 *   <li>a <em>code</em>: {@code q = round(-1000 log10(value / maximum))}, the ratio to the row
 *       maximum in thousandths of a decade (three significant digits: a ratio read back from its code
 *       is within 0.12% of the true one). A value of 0, an all-zero row, and ratios below
 *       10⁻²⁶² get the code {@link #ZERO}.
 *   <li>a <em>level</em> 0..255 on the chosen scale: log, {@code round(255 (1 - q / 8000))} and at
 *       least 0 (8 decades, see {@link ConnectivityScale#LOG}); linear, {@code round(255 r)} with
 *       {@code r = 10^(-q/1000)}, computed as the largest level whose threshold code ({@link
 *       #linearThresholds()}) is at least {@code q}, so that no floating-point rounding can differ
 *       between Java and the browser.
 *   <li>a <em>colour</em>: viridis at {@code 0.29 + 0.38 level / 255}, the part of the map the
 *       article uses (dark blue to green, readable with dark or light text).
 * </ol>
 */
public final class ConnectivityShading {

    /** Codes per decade of ratio. */
    public static final int CODES_PER_DECADE = 1000;
    /** The code of a zero value (or of a ratio too small to code): the darkest colour. */
    public static final int ZERO = 64 * 64 * 64 - 1;
    /** The brightest level. */
    public static final int MAX_LEVEL = 255;
    /** Where level 0 lies on the viridis map. */
    public static final double VIRIDIS_LOW = 0.29;
    /** Where the brightest level lies on the viridis map. */
    public static final double VIRIDIS_HIGH = 0.67;

    private static final List<Colour> PALETTE = palette();
    private static final int[] LINEAR_THRESHOLDS = thresholds();

    private ConnectivityShading() {}

    /**
     * The code of a value.
     *
     * @param value the connectivity, at least 0
     * @param maximum the row maximum, at least {@code value}
     * @return {@code round(-1000 log10(value / maximum))}, or {@link #ZERO}
     */
    public static int code(double value, double maximum) {
        if (value <= 0 || maximum <= 0) {
            return ZERO;
        }
        double q = Math.rint(-CODES_PER_DECADE * Math.log10(value / maximum));
        return q >= ZERO ? ZERO : (int) Math.max(0, q);
    }

    /**
     * The ratio to the row maximum a code stands for.
     *
     * @param code a code
     * @return {@code 10^(-code/1000)}, 0 for {@link #ZERO}
     */
    public static double ratio(int code) {
        return code == ZERO ? 0 : Math.pow(10, -(double) code / CODES_PER_DECADE);
    }

    /**
     * The level of a code on a scale.
     *
     * @param code a code
     * @param scale the scale
     * @return the level, 0 (darkest) to 255 (the row maximum)
     */
    public static int level(int code, ConnectivityScale scale) {
        if (code < 0 || code > ZERO) {
            throw new IllegalArgumentException("connectivity code: expected 0 to " + ZERO + ", got " + code);
        }
        if (code == ZERO) {
            return 0;
        }
        if (scale == ConnectivityScale.LOG) {
            int span = ConnectivityScale.LOG_DECADES * CODES_PER_DECADE;
            return code >= span ? 0 : (MAX_LEVEL * (span - code) + span / 2) / span;
        }
        int level = 0;
        while (level < MAX_LEVEL && LINEAR_THRESHOLDS[level] >= code) {
            level++;
        }
        return level;
    }

    /**
     * The colour of a level.
     *
     * @param level 0 to 255
     * @return the colour
     */
    public static Colour colour(int level) {
        return PALETTE.get(level);
    }

    /**
     * The colours of all levels.
     *
     * @return 256 colours, level 0 first
     */
    public static List<Colour> colours() {
        return PALETTE;
    }

    /**
     * For levels 1 to 255 of the linear scale, the largest code that reaches the level: {@code
     * floor(1000 log10(255 / (level - 0.5)))}, the codes whose ratio rounds to at least that level.
     *
     * @return 255 thresholds, for level 1 first, decreasing
     */
    public static int[] linearThresholds() {
        return LINEAR_THRESHOLDS.clone();
    }

    private static List<Colour> palette() {
        List<Colour> colours = new ArrayList<>(MAX_LEVEL + 1);
        for (int level = 0; level <= MAX_LEVEL; level++) {
            colours.add(Viridis.at(VIRIDIS_LOW + (VIRIDIS_HIGH - VIRIDIS_LOW) * level / MAX_LEVEL));
        }
        return List.copyOf(colours);
    }

    private static int[] thresholds() {
        int[] thresholds = new int[MAX_LEVEL];
        for (int level = 1; level <= MAX_LEVEL; level++) {
            thresholds[level - 1] = (int) Math.floor(CODES_PER_DECADE * Math.log10(MAX_LEVEL / (level - 0.5)));
        }
        return thresholds;
    }
}
