package io.github.rnnmem.experiments.analysis.knownchars;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.Headline;
import io.github.rnnmem.experiments.analysis.ReportCanvas;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.RunFiles;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.analysis.UnitGroup;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.KnownCharsConfig;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.evaluation.SeedSpread;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.reference.Madsen2019;
import io.github.rnnmem.viz.analysis.AccuracyCurve;
import io.github.rnnmem.viz.analysis.AccuracyPoint;
import io.github.rnnmem.viz.analysis.KnownCharsResult;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.render.Figures;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's accuracy given the number of known characters of the word, for one unit, over the
 * test split ({@code analysis.known_chars}), in {@code known_chars.json}: see {@link KnownCharsTally}
 * for what is counted. Suggestions are the unit's most probable words ({@code <pad>} and {@code
 * <unknown>} never among them).
 */
public final class KnownCharsAnalysis implements Analysis<KnownCharsConfig> {

    /** Points behind fewer positions are not drawn: their intervals span most of the axis. */
    static final int FEWEST_POSITIONS_DRAWN = 30;

    @Override
    public String name() {
        return "known-chars";
    }

    @Override
    public KnownCharsConfig settings(AnalysisConfig config) {
        return config.knownChars();
    }

    @Override
    public JsonObject compute(TrainedUnit unit, KnownCharsConfig settings, ProgressReporter progress) {
        TestPositions positions = new TestPositions(unit.dataset().split(Split.TEST), settings.sequences());
        KnownCharsTally tally = new KnownCharsTally(settings.topK(), settings.maxChars());
        int batchSize = ModelRanker.batchSize(unit.dataset().statistics().maxLength(), unit.dataset().vocabulary(),
                Math.toIntExact(unit.initialShape().get(0)));
        positions.tally(new ModelRanker(unit.model(), unit.manager()), batchSize, tally, progress,
                "known characters " + unit.label());
        return body(settings, positions, tally);
    }

    /**
     * Draws {@code known-chars.svg}: every model's top-1..k curves with a band, counting {@code
     * <unknown>} targets as misses as the article does, the prefix-frequency baseline, and the
     * article's published curves when asked for. A model trained with one seed is drawn with the
     * 95% Wilson interval of its accuracy; one trained with several, as the mean over its seeds with
     * the 95% interval of that mean ({@link SeedSpread}). Points behind fewer than {@value
     * #FEWEST_POSITIONS_DRAWN} positions are left out.
     */
    @Override
    public void draw(RunFiles run, ReportCanvas canvas) throws IOException {
        List<KnownCharsResult> units = new ArrayList<>();
        boolean spread = false;
        for (UnitGroup group : run.groups()) {
            List<Curves> seeds = new ArrayList<>();
            for (UnitFiles unit : group.seeds()) {
                Path file = unit.directory().resolve(fileName());
                if (Files.isRegularFile(file)) {
                    seeds.add(Curves.read(file));
                }
            }
            if (!seeds.isEmpty()) {
                units.add(seeds.size() == 1 ? seeds.get(0).result(group.tag()) : Curves.mean(group.tag(), seeds));
                spread |= seeds.size() > 1;
            }
        }
        if (units.isEmpty()) {
            return;
        }
        Path baselineFile = run.root().resolve(new PrefixBaselineAnalysis().fileName());
        KnownCharsResult baseline = Files.isRegularFile(baselineFile)
                ? Curves.read(baselineFile).result(new UnitTag("prefix-frequency baseline", "baseline",
                        Colour.parse("#808080")))
                : null;
        SvgDocument figure = Figures.knownChars(units, baseline, run.published() ? Madsen2019.knownChars() : List.of());
        canvas.figure("known-chars.svg", figure);
        canvas.section("Accuracy given known characters").figure(figure, "Accuracy of the top-1, top-2 and top-3"
                + " suggestions against the number of characters of the word already seen (0 = only the space before"
                + " it), over the test split, <unknown> targets counted as misses as in the article (known_chars.json"
                + " also has them left out). The prefix-frequency baseline suggests the most frequent training words"
                + " that begin with the known characters: what a unit gains above it, it owes to context. Points behind"
                + " fewer than " + FEWEST_POSITIONS_DRAWN + " positions are left out."
                + (spread ? " A model trained with several seeds is drawn as the mean over its seeds, its band the 95%"
                        + " interval of that mean (t distribution); with one seed the band is the Wilson interval of its"
                        + " accuracy." : ""));
    }

    @Override
    public List<Headline> headlines(UnitFiles unit) {
        Path file = unit.directory().resolve(fileName());
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return List.of(new Headline("top-1 accuracy, 0 known characters", Curves.read(file).accuracy[0][0],
                Headline.Kind.SHARE));
    }

    /** The curves of a result file, {@code <unknown>} counted as misses. */
    private record Curves(double[][] accuracy, double[][] lower, double[][] upper, long[] positions) {

        static Curves read(Path file) {
            JsonObject curves = ResultFile.read(file).getAsJsonObject("unknown_as_miss");
            try {
                JsonArray counts = curves.getAsJsonArray("positions");
                long[] positions = new long[counts.size()];
                for (int c = 0; c < positions.length; c++) {
                    positions[c] = counts.get(c).getAsLong();
                }
                return new Curves(numbers(curves.getAsJsonArray("accuracy"), positions.length),
                        numbers(curves.getAsJsonArray("lower"), positions.length),
                        numbers(curves.getAsJsonArray("upper"), positions.length), positions);
            } catch (RuntimeException e) {
                throw new BadInputException(file + " is damaged: " + e.getMessage(), e);
            }
        }

        /** The curves of one file, with their Wilson intervals. */
        KnownCharsResult result(UnitTag tag) {
            List<AccuracyCurve> list = new ArrayList<>();
            for (int j = 0; j < accuracy.length; j++) {
                List<AccuracyPoint> points = new ArrayList<>();
                for (int c = 0; c < positions.length; c++) {
                    boolean drawn = positions[c] >= FEWEST_POSITIONS_DRAWN;
                    points.add(new AccuracyPoint(c, drawn ? accuracy[j][c] : Double.NaN, positions[c],
                            drawn ? lower[j][c] : Double.NaN, drawn ? upper[j][c] : Double.NaN));
                }
                list.add(new AccuracyCurve(j + 1, points));
            }
            return new KnownCharsResult(tag, list);
        }

        /** The mean of several seeds' curves, with the 95% interval of the mean where it has one. */
        static KnownCharsResult mean(UnitTag tag, List<Curves> seeds) {
            Curves first = seeds.get(0);
            int tops = seeds.stream().mapToInt(s -> s.accuracy.length).min().orElseThrow();
            int known = seeds.stream().mapToInt(s -> s.positions.length).min().orElseThrow();
            List<AccuracyCurve> list = new ArrayList<>();
            for (int j = 0; j < tops; j++) {
                List<AccuracyPoint> points = new ArrayList<>();
                for (int c = 0; c < known; c++) {
                    int top = j;
                    int at = c;
                    long fewest = seeds.stream().mapToLong(s -> s.positions[at]).min().orElseThrow();
                    SeedSpread spread = SeedSpread.of(seeds.stream().map(s -> s.accuracy[top][at]).toList());
                    boolean drawn = fewest >= FEWEST_POSITIONS_DRAWN && spread.n() > 0;
                    boolean band = drawn && !Double.isNaN(spread.lower());
                    points.add(new AccuracyPoint(c, drawn ? spread.mean() : Double.NaN, first.positions[c],
                            band ? Math.max(0, spread.lower()) : Double.NaN,
                            band ? Math.min(1, spread.upper()) : Double.NaN));
                }
                list.add(new AccuracyCurve(j + 1, points));
            }
            return new KnownCharsResult(tag, list);
        }

        private static double[][] numbers(JsonArray rows, int columns) {
            double[][] values = new double[rows.size()][columns];
            for (int j = 0; j < rows.size(); j++) {
                JsonArray row = rows.get(j).getAsJsonArray();
                for (int c = 0; c < columns; c++) {
                    JsonElement value = row.get(c);
                    values[j][c] = value.isJsonNull() ? Double.NaN : value.getAsDouble();
                }
            }
            return values;
        }
    }

    static JsonObject body(KnownCharsConfig settings, TestPositions positions, KnownCharsTally tally) {
        JsonObject json = new JsonObject();
        json.addProperty("top_k", settings.topK());
        json.addProperty("max_chars", settings.maxChars());
        json.addProperty("sequences", positions.sequences());
        tally.toJson().entrySet().forEach(entry -> json.add(entry.getKey(), entry.getValue()));
        return json;
    }
}
