package io.github.rnnmem.viz.analysis;

import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.colour.UnitColours;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic analysis results shaped like the article's: the article's 198-character example text
 * with connectivity rows that fall by orders of magnitude with distance, suggestions at every
 * position, accuracy curves with Wilson intervals and memory profiles. Seeded, so every call gives
 * the same records.
 */
public final class SampleAnalyses {

    /** The article's example text. */
    public static final String TEXT = " context the formal study of grammar is an important part of education from a young age"
            + " through advanced learning though the rules taught in schools are not a grammar in the sense most linguists"
            + " use";

    /** The models of the samples: the article's three units. */
    public static final List<String> UNITS = List.of("gru", "lstm", "nested-lstm");

    private SampleAnalyses() {}

    /**
     * The unit tags of the samples, coloured by {@link UnitColours}.
     *
     * @return gru, lstm and nested-lstm
     */
    public static List<UnitTag> tags() {
        List<Colour> colours = UnitColours.assign(UNITS);
        List<UnitTag> tags = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            tags.add(new UnitTag(UNITS.get(i), UNITS.get(i), colours.get(i)));
        }
        return List.copyOf(tags);
    }

    /**
     * One connectivity panel per sample unit over {@link #TEXT}. Unit {@code u}'s row of position
     * {@code t} is {@code 10^(-(t - tau) * decay_u) * noise} with a bump on the first character of
     * the current word, and its suggestions are the target word and two others with probabilities
     * depending on t.
     *
     * @return three panels
     */
    public static List<ConnectivityPanel> connectivity() {
        return connectivity(TEXT, tags());
    }

    /**
     * Connectivity panels of any text.
     *
     * @param text the text
     * @param tags one tag per panel
     * @return the panels
     */
    public static List<ConnectivityPanel> connectivity(String text, List<UnitTag> tags) {
        List<ConnectivityPanel> panels = new ArrayList<>();
        List<String> characters = text.codePoints().mapToObj(Character::toString).toList();
        for (int u = 0; u < tags.size(); u++) {
            Random random = new Random(17 + u);
            double decay = 0.08 + 0.12 * u;
            List<ConnectivityStep> steps = new ArrayList<>();
            for (int t = 0; t < characters.size(); t++) {
                double[] row = new double[characters.size()];
                int wordStart = t;
                while (wordStart > 0 && !characters.get(wordStart - 1).isBlank()) {
                    wordStart--;
                }
                for (int tau = 0; tau <= t; tau++) {
                    double bump = tau == wordStart ? 30 : 1;
                    row[tau] = 26 * bump * Math.pow(10, -(t - tau) * decay) * Math.exp(0.4 * random.nextGaussian());
                }
                String target = targetAt(characters, t);
                double first = 0.2 + 0.6 * ((t * 37 + u * 11) % 100) / 100.0;
                List<Suggestion> suggestions = List.of(
                        new Suggestion(t % 3 == u ? "other" : target, first),
                        new Suggestion("alpha", (1 - first) * 0.3),
                        new Suggestion("beta", (1 - first) * 0.1));
                steps.add(new ConnectivityStep(characters.get(t), target, suggestions, row));
            }
            panels.add(new ConnectivityPanel(tags.get(u), steps));
        }
        return List.copyOf(panels);
    }

    /**
     * Accuracy given known characters for the sample units, 0 to 21 characters, top-1 to top-3,
     * with positions and Wilson intervals; counts beyond 18 have no positions (NaN).
     *
     * @return three results
     */
    public static List<KnownCharsResult> knownChars() {
        double[] start = {0.165, 0.167, 0.137};
        double[] peak = {0.678, 0.670, 0.635};
        double[] peakAt = {4, 5, 7};
        List<UnitTag> tags = tags();
        List<KnownCharsResult> results = new ArrayList<>();
        for (int u = 0; u < tags.size(); u++) {
            results.add(curves(tags.get(u), start[u], peak[u], peakAt[u]));
        }
        return List.copyOf(results);
    }

    /**
     * A prefix-frequency baseline of the same shape, lower.
     *
     * @return the baseline
     */
    public static KnownCharsResult baseline() {
        return curves(new UnitTag("prefix-frequency baseline", "baseline", Colour.parse("#8C8C8C")), 0.045, 0.45, 6);
    }

    private static KnownCharsResult curves(UnitTag tag, double start, double peak, double peakAt) {
        List<AccuracyCurve> curves = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            List<AccuracyPoint> points = new ArrayList<>();
            for (int n = 0; n <= 21; n++) {
                long positions = n > 18 ? 0 : Math.round(40_000 * Math.exp(-n / 3.0));
                if (positions == 0) {
                    points.add(new AccuracyPoint(n, Double.NaN, 0, Double.NaN, Double.NaN));
                    continue;
                }
                double rise = 1 - Math.exp(-n / (peakAt / 2.2));
                double top1 = start + (peak - start) * rise - 0.012 * Math.max(0, n - peakAt);
                double accuracy = Math.min(0.99, top1 + (k - 1) * 0.09 * (1 - top1) * 1.6);
                double[] interval = wilson(accuracy, positions);
                points.add(new AccuracyPoint(n, accuracy, positions, interval[0], interval[1]));
            }
            curves.add(new AccuracyCurve(k, points));
        }
        return new KnownCharsResult(tag, curves);
    }

    /**
     * The 95% Wilson score interval of a proportion.
     *
     * @param p the observed proportion
     * @param n the number of trials
     * @return {lower, upper}
     */
    public static double[] wilson(double p, long n) {
        double z = 1.959963984540054;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, Math.min(p, centre - half)), Math.min(1, Math.max(p, centre + half))};
    }

    /**
     * Memory profiles of the sample units: shares falling as a power of distance (steeper for the
     * GRU), an untrained reference falling faster, and context shares falling with known
     * characters.
     *
     * @return three profiles
     */
    public static List<MemoryProfile> memoryProfiles() {
        double[] decay = {2.6, 2.2, 1.7};
        List<UnitTag> tags = tags();
        List<MemoryProfile> profiles = new ArrayList<>();
        for (int u = 0; u < tags.size(); u++) {
            profiles.add(new MemoryProfile(tags.get(u), shares(decay[u], 0.2 + 0.1 * u), shares(3.5, 0.6),
                    context(0.62 - 0.05 * u), 2 + u));
        }
        return List.copyOf(profiles);
    }

    private static List<Double> shares(double decay, double atZero) {
        double[] raw = new double[200];
        double sum = 0;
        for (int d = 1; d < raw.length; d++) {
            raw[d] = Math.pow(d, -decay);
            sum += raw[d];
        }
        List<Double> shares = new ArrayList<>();
        shares.add(atZero);
        for (int d = 1; d < raw.length; d++) {
            shares.add((1 - atZero) * raw[d] / sum);
        }
        return shares;
    }

    private static List<Double> context(double atZero) {
        List<Double> shares = new ArrayList<>();
        for (int known = 0; known <= 15; known++) {
            shares.add(atZero * Math.exp(-known / 4.0));
        }
        return shares;
    }

    private static String targetAt(List<String> characters, int t) {
        int start = t;
        if (characters.get(t).isBlank()) {
            start = t + 1;
        } else {
            while (start > 0 && !characters.get(start - 1).isBlank()) {
                start--;
            }
        }
        StringBuilder word = new StringBuilder();
        for (int i = start; i < characters.size() && !characters.get(i).isBlank(); i++) {
            word.append(characters.get(i));
        }
        return word.length() == 0 ? "<eos>" : word.toString();
    }
}
