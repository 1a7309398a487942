package io.github.rnnmem.experiments.analysis.knownchars;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.ReportCanvas;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.RunFiles;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.UnitFiles;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.KnownCharsConfig;
import io.github.rnnmem.experiments.data.Split;
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
     * Draws {@code known-chars.svg}: every unit's top-1..k curves with their 95% intervals, counting
     * {@code <unknown>} targets as misses as the article does, the prefix-frequency baseline, and the
     * article's published curves when asked for. Points behind fewer than {@value
     * #FEWEST_POSITIONS_DRAWN} positions are left out.
     */
    @Override
    public void draw(RunFiles run, ReportCanvas canvas) throws IOException {
        List<KnownCharsResult> units = new ArrayList<>();
        for (UnitFiles unit : run.units()) {
            Path file = unit.directory().resolve(fileName());
            if (Files.isRegularFile(file)) {
                units.add(result(unit.tag(), file));
            }
        }
        if (units.isEmpty()) {
            return;
        }
        Path baselineFile = run.root().resolve(new PrefixBaselineAnalysis().fileName());
        KnownCharsResult baseline = Files.isRegularFile(baselineFile)
                ? result(new UnitTag("prefix-frequency baseline", "baseline", Colour.parse("#808080")), baselineFile)
                : null;
        SvgDocument figure = Figures.knownChars(units, baseline, run.published() ? Madsen2019.knownChars() : List.of());
        canvas.figure("known-chars.svg", figure);
        canvas.section("Accuracy given known characters").figure(figure, "Accuracy of the top-1, top-2 and top-3"
                + " suggestions against the number of characters of the word already seen (0 = only the space before"
                + " it), over the test split, <unknown> targets counted as misses as in the article (known_chars.json"
                + " also has them left out). The prefix-frequency baseline suggests the most frequent training words"
                + " that begin with the known characters: what a unit gains above it, it owes to context. Points behind"
                + " fewer than " + FEWEST_POSITIONS_DRAWN + " positions are left out.");
    }

    /** A result's curves from its file, {@code <unknown>} counted as misses. */
    private static KnownCharsResult result(UnitTag tag, Path file) {
        JsonObject curves = ResultFile.read(file).getAsJsonObject("unknown_as_miss");
        try {
            JsonArray positions = curves.getAsJsonArray("positions");
            List<AccuracyCurve> list = new ArrayList<>();
            JsonArray accuracy = curves.getAsJsonArray("accuracy");
            for (int j = 0; j < accuracy.size(); j++) {
                List<AccuracyPoint> points = new ArrayList<>();
                for (int c = 0; c < positions.size(); c++) {
                    long count = positions.get(c).getAsLong();
                    boolean drawn = count >= FEWEST_POSITIONS_DRAWN;
                    points.add(new AccuracyPoint(c, drawn ? number(accuracy, j, c) : Double.NaN, count,
                            drawn ? number(curves.getAsJsonArray("lower"), j, c) : Double.NaN,
                            drawn ? number(curves.getAsJsonArray("upper"), j, c) : Double.NaN));
                }
                list.add(new AccuracyCurve(j + 1, points));
            }
            return new KnownCharsResult(tag, list);
        } catch (RuntimeException e) {
            throw new BadInputException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static double number(JsonArray rows, int row, int column) {
        JsonElement value = rows.get(row).getAsJsonArray().get(column);
        return value.isJsonNull() ? Double.NaN : value.getAsDouble();
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
