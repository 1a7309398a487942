package io.github.rnnmem.viz.colour;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An opaque sRGB colour with 8 bits per channel, written {@code #RRGGBB}.
 *
 * @param red the red channel, 0 to 255
 * @param green the green channel, 0 to 255
 * @param blue the blue channel, 0 to 255
 */
public record Colour(int red, int green, int blue) {

    /** Black, {@code #000000}. */
    public static final Colour BLACK = new Colour(0, 0, 0);

    /** White, {@code #FFFFFF}. */
    public static final Colour WHITE = new Colour(255, 255, 255);

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** Checks that every channel lies in 0 to 255. */
    public Colour {
        checkChannel(red, "red");
        checkChannel(green, "green");
        checkChannel(blue, "blue");
    }

    /**
     * Reads a colour written {@code #RRGGBB} (either case).
     *
     * @param hex the text, such as {@code #F8766D}
     * @return the colour
     */
    public static Colour parse(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("colour: expected #RRGGBB such as #F8766D, got \"" + hex + "\"");
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Colour(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /**
     * Builds a colour from gamma-encoded sRGB channels in [0, 1]; values outside are clipped and
     * each channel is rounded to the nearest of the 256 levels.
     *
     * @param red the red channel
     * @param green the green channel
     * @param blue the blue channel
     * @return the colour
     */
    public static Colour ofUnitRgb(double red, double green, double blue) {
        return new Colour(level(red), level(green), level(blue));
    }

    /**
     * Converts a polar CIE-LUV colour (HCL, as R's {@code hcl()}: D65 white) to sRGB, clipping
     * channels that fall outside the gamut.
     *
     * <p>With {@code L = luminance}, {@code U = C cos h}, {@code V = C sin h}: {@code Y = ((L +
     * 16) / 116)^3} (or {@code L / 903.3} for {@code L <= 8}), {@code u' = U / (13 L) + u'_n},
     * {@code v' = V / (13 L) + v'_n}, {@code X = 9 Y u' / (4 v')}, {@code Z = Y (12 - 3 u' - 20
     * v') / (4 v')}; then the sRGB matrix and the sRGB transfer function.
     *
     * @param hue the hue h in degrees
     * @param chroma the chroma C, at least 0
     * @param luminance the luminance L in (0, 100]
     * @return the colour
     */
    public static Colour fromHcl(double hue, double chroma, double luminance) {
        if (!(luminance > 0 && luminance <= 100) || !(chroma >= 0) || !Double.isFinite(hue)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "HCL colour: expected a finite hue, chroma >= 0 and luminance in (0, 100], got h=%s c=%s l=%s",
                    hue, chroma, luminance));
        }
        double whiteX = 0.95047;
        double whiteZ = 1.08883;
        double whiteDenominator = whiteX + 15 + 3 * whiteZ;
        double whiteU = 4 * whiteX / whiteDenominator;
        double whiteV = 9 / whiteDenominator;
        double radians = Math.toRadians(hue);
        double y = luminance > 8 ? Math.pow((luminance + 16) / 116, 3) : luminance / 903.3;
        double u = chroma * Math.cos(radians) / (13 * luminance) + whiteU;
        double v = chroma * Math.sin(radians) / (13 * luminance) + whiteV;
        double x = 9 * y * u / (4 * v);
        double z = y * (12 - 3 * u - 20 * v) / (4 * v);
        return ofUnitRgb(
                encode(3.240479 * x - 1.537150 * y - 0.498535 * z),
                encode(-0.969256 * x + 1.875992 * y + 0.041556 * z),
                encode(0.055648 * x - 0.204043 * y + 1.057311 * z));
    }

    /**
     * This colour moved a share of the way towards another, channel by channel in gamma-encoded
     * sRGB: {@code c + share (other - c)}, rounded. Towards white it gives a lighter tint of the
     * same hue, as used for reference curves drawn beside a unit's own.
     *
     * @param other the colour to move towards
     * @param share 0 (this colour) to 1 (the other colour)
     * @return the mixed colour
     */
    public Colour mix(Colour other, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("colour mix share: expected a number in [0, 1], got " + share);
        }
        return new Colour(
                (int) Math.round(red + share * (other.red - red)),
                (int) Math.round(green + share * (other.green - green)),
                (int) Math.round(blue + share * (other.blue - blue)));
    }

    /**
     * The colour as {@code #RRGGBB} in upper case.
     *
     * @return the hex text
     */
    public String hex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /**
     * The WCAG relative luminance: the linear-light {@code 0.2126 R + 0.7152 G + 0.0722 B}, 0 for
     * black and 1 for white.
     *
     * @return the luminance in [0, 1]
     */
    public double luminance() {
        return 0.2126 * decode(red) + 0.7152 * decode(green) + 0.0722 * decode(blue);
    }

    /**
     * Black or white, whichever is easier to read on this colour (the larger WCAG contrast ratio).
     *
     * @return {@link #BLACK} or {@link #WHITE}
     */
    public Colour readableText() {
        double l = luminance();
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? BLACK : WHITE;
    }

    /** The colour as {@code #RRGGBB}, as {@link #hex()}. */
    @Override
    public String toString() {
        return hex();
    }

    private static double encode(double linear) {
        return linear > 0.0031308 ? 1.055 * Math.pow(linear, 1 / 2.4) - 0.055 : 12.92 * linear;
    }

    private static double decode(int level) {
        double c = level / 255.0;
        return c > 0.04045 ? Math.pow((c + 0.055) / 1.055, 2.4) : c / 12.92;
    }

    private static int level(double unit) {
        if (Double.isNaN(unit)) {
            throw new IllegalArgumentException("colour channel: expected a number in [0, 1], got NaN");
        }
        return (int) Math.round(255 * Math.min(1, Math.max(0, unit)));
    }

    private static void checkChannel(int value, String name) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("colour " + name + " channel: expected 0 to 255, got " + value);
        }
    }
}
