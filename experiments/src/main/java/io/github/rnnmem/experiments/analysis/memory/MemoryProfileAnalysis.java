package io.github.rnnmem.experiments.analysis.memory;

import ai.djl.ndarray.NDManager;
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
import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import io.github.rnnmem.experiments.analysis.connectivity.PassPlan;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.analysis.suggestions.Suggester;
import io.github.rnnmem.experiments.config.AnalysisConfig;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.config.ConnectivityScore;
import io.github.rnnmem.experiments.settings.YamlNames;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.SequenceSet;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.evaluation.SeedSpread;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.viz.analysis.MemoryProfile;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.chart.Band;
import io.github.rnnmem.viz.chart.BandPoint;
import io.github.rnnmem.viz.render.Figures;
import io.github.rnnmem.viz.svg.SvgDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a unit's connectivity lies over many test sequences, not one example ({@code
 * analysis.memory_profile}), in {@code memory_profile.json}: the {@link ProfileTally} of the rows
 * of every position of the first {@code sequences} test sequences whose target is a vocabulary
 * word, once for the trained weights and once for the unit's initial weights. The second is the
 * reference: what the architecture shows before it learned anything.
 *
 * <p>Rows are computed as {@code analysis.connectivity} says (with respect to what, which norm,
 * which score); the context share is reported up to {@code analysis.known_chars.max_chars}.
 */
public final class MemoryProfileAnalysis implements Analysis<MemoryProfileSettings> {

    /** The fill opacity of a band over seeds. */
    private static final double BAND_OPACITY = 0.18;

    /** Sequences whose rows are computed together, which bounds the rows held at once. */
    private static final int GROUP = 16;

    @Override
    public String name() {
        return "memory-profile";
    }

    @Override
    public MemoryProfileSettings settings(AnalysisConfig config) {
        ConnectivityConfig connectivity = config.connectivity();
        return new MemoryProfileSettings(config.memoryProfile(), connectivity.wrt(), connectivity.norm(),
                connectivity.target(), config.knownChars().maxChars());
    }

    @Override
    public JsonObject compute(TrainedUnit unit, MemoryProfileSettings settings, ProgressReporter progress) {
        SequenceSet test = unit.dataset().split(Split.TEST);
        int sequences = Math.min(settings.memoryProfile().sequences(), test.size());
        long positions = 0;
        for (int i = 0; i < sequences; i++) {
            positions += test.length(i);
        }
        JsonObject json = new JsonObject();
        json.addProperty("sequences", sequences);
        json.addProperty("max_distance", settings.memoryProfile().maxDistance());
        json.addProperty("wrt", YamlNames.of(settings.wrt()));
        json.addProperty("norm", YamlNames.of(settings.norm()));
        json.addProperty("score", YamlNames.of(settings.target()));
        try (ProgressTask task = progress.start("memory profile " + unit.label(), 2 * positions, "positions")) {
            json.add("trained", profile(unit, unit.model(), unit.manager(), test, sequences, settings, task));
            try (NDManager scratch = unit.manager().newSubManager()) {
                AutocompleteModel initial = unit.initialModel(scratch);
                json.add("untrained", profile(unit, initial, scratch, test, sequences, settings, task));
            }
        }
        return json;
    }

    /**
     * Draws {@code memory-profile.svg}: each model's share of connectivity by distance, its initial
     * weights' dashed, and its context share against known characters. A model trained with several
     * seeds is drawn as the mean over its seeds, with the 95% interval of that mean as a band ({@link
     * SeedSpread}). A unit none of whose rows had a gradient (weights overflowed, say) has no profile
     * to draw and is left out.
     */
    @Override
    public void draw(RunFiles run, ReportCanvas canvas) throws IOException {
        List<MemoryProfile> profiles = new ArrayList<>();
        List<Band> distanceBands = new ArrayList<>();
        List<Band> contextBands = new ArrayList<>();
        for (UnitGroup group : run.groups()) {
            List<MemoryProfile> seeds = new ArrayList<>();
            for (UnitFiles unit : group.seeds()) {
                Path file = unit.directory().resolve(fileName());
                if (Files.isRegularFile(file)) {
                    JsonObject json = ResultFile.read(file);
                    if (json.getAsJsonObject("trained").get("rows").getAsLong() > 0) {
                        seeds.add(profile(group.tag(), json, file));
                    }
                }
            }
            if (seeds.size() == 1) {
                profiles.add(seeds.get(0));
            } else if (seeds.size() > 1) {
                profiles.add(mean(group.tag(), seeds));
                band(group.tag(), seeds, MemoryProfile::shareByDistance, 1).ifPresent(distanceBands::add);
                band(group.tag(), seeds, MemoryProfile::contextShareByKnown, 0).ifPresent(contextBands::add);
            }
        }
        if (profiles.isEmpty()) {
            return;
        }
        SvgDocument figure = Figures.memoryProfile(profiles, distanceBands, contextBands);
        canvas.figure("memory-profile.svg", figure);
        canvas.section("Memory profiles").figure(figure, "Where each unit's connectivity lies over many test"
                + " sequences, not one example. Each row of connectivity is divided by its sum; above, the mean share at"
                + " each distance from the predicted character, trained weights solid and the unit's initial weights"
                + " dashed (what the architecture gives before learning); below, the share falling on earlier words"
                + " against the characters of the current word already seen."
                + (distanceBands.isEmpty() && contextBands.isEmpty() ? "" : " A model trained with several seeds is drawn as the mean over its"
                        + " seeds, its band the 95% interval of that mean (t distribution; on the log axis, left out where"
                        + " it reaches down to zero)."));
    }

    @Override
    public List<Headline> headlines(UnitFiles unit) {
        Path file = unit.directory().resolve(fileName());
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonObject json = ResultFile.read(file);
        if (json.getAsJsonObject("trained").get("rows").getAsLong() == 0) {
            return List.of();
        }
        MemoryProfile profile = profile(unit.tag(), json, file);
        return List.of(
                new Headline("context share, 0 known characters", profile.contextShareAtZero(), Headline.Kind.SHARE),
                new Headline("median distance of connectivity", profile.medianDistance(),
                        Headline.Kind.CHARACTERS));
    }

    /** The mean profile of several seeds: every share, and the median distance, averaged. */
    private static MemoryProfile mean(UnitTag tag, List<MemoryProfile> seeds) {
        return new MemoryProfile(tag, means(seeds, MemoryProfile::shareByDistance),
                seeds.stream().allMatch(s -> !s.untrainedShareByDistance().isEmpty())
                        ? means(seeds, MemoryProfile::untrainedShareByDistance) : List.of(),
                means(seeds, MemoryProfile::contextShareByKnown),
                seeds.stream().mapToDouble(MemoryProfile::medianDistance).average().orElseThrow());
    }

    private static List<Double> means(List<MemoryProfile> seeds, Function<MemoryProfile, List<Double>> values) {
        int length = seeds.stream().mapToInt(s -> values.apply(s).size()).min().orElseThrow();
        List<Double> means = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            int at = i;
            means.add(SeedSpread.of(seeds.stream().map(s -> values.apply(s).get(at)).toList()).mean());
        }
        return means;
    }

    /**
     * The 95% interval of the mean at every x from {@code first}, kept within [0, 1], with gaps where
     * there is none, and on the log axis of panel (a) ({@code first} 1) where it reaches down to 0;
     * empty when there is none anywhere.
     */
    private static Optional<Band> band(UnitTag tag, List<MemoryProfile> seeds,
            Function<MemoryProfile, List<Double>> values, int first) {
        int length = seeds.stream().mapToInt(s -> values.apply(s).size()).min().orElseThrow();
        List<BandPoint> points = new ArrayList<>();
        for (int i = first; i < length; i++) {
            int at = i;
            SeedSpread spread = SeedSpread.of(seeds.stream().map(s -> values.apply(s).get(at)).toList());
            boolean onLogAxis = first == 1;
            boolean drawn = !Double.isNaN(spread.lower()) && (!onLogAxis || spread.lower() > 0);
            double low = Math.max(0, spread.lower());
            points.add(drawn ? new BandPoint(i, low, Math.min(1, Math.max(low, spread.upper())))
                    : new BandPoint(i, Double.NaN, Double.NaN));
        }
        return points.stream().anyMatch(BandPoint::isDefined)
                ? Optional.of(new Band(tag.label() + ": 95% interval over seeds", tag.colour(), BAND_OPACITY, points))
                : Optional.empty();
    }

    /** A unit's profile from its {@code memory_profile.json}. */
    private static MemoryProfile profile(UnitTag tag, JsonObject json, Path file) {
        try {
            JsonObject trained = json.getAsJsonObject("trained");
            JsonElement median = trained.get("median_distance");
            double medianDistance = median.isJsonNull() ? json.get("max_distance").getAsInt() + 1 : median.getAsDouble();
            return new MemoryProfile(tag, numbers(trained.getAsJsonArray("share_by_distance")),
                    numbers(json.getAsJsonObject("untrained").getAsJsonArray("share_by_distance")),
                    numbers(trained.getAsJsonArray("context_share_by_known_characters")), medianDistance);
        } catch (RuntimeException e) {
            throw new BadInputException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static List<Double> numbers(JsonArray array) {
        List<Double> values = new ArrayList<>(array.size());
        array.forEach(value -> values.add(value.isJsonNull() ? Double.NaN : value.getAsDouble()));
        return values;
    }

    private static JsonObject profile(TrainedUnit unit, AutocompleteModel model, NDManager manager, SequenceSet test,
            int sequences, MemoryProfileSettings settings, ProgressTask task) {
        ProfileTally tally = new ProfileTally(settings.memoryProfile().maxDistance(), settings.maxChars());
        GradientRows computation = new GradientRows(model, manager, settings.wrt(), settings.norm(),
                settings.target() == ConnectivityScore.LOG_PROBABILITY);
        Vocabulary vocabulary = unit.dataset().vocabulary();
        for (int first = 0; first < sequences; first += GROUP) {
            List<RowRequest> requests = new ArrayList<>();
            List<int[]> wordStarts = new ArrayList<>();
            long groupPositions = 0;
            for (int i = first; i < Math.min(sequences, first + GROUP); i++) {
                int[] inputs = test.inputs(i);
                int[] targets = test.targets(i);
                int[] predicted = settings.target() == ConnectivityScore.PREDICTED_LOGIT
                        ? Suggester.along(model, manager, inputs, 1, vocabulary).stream().mapToInt(s -> s.get(0).id()).toArray()
                        : targets;
                groupPositions += inputs.length;
                int start = 0;
                for (int t = 0; t < inputs.length; t++) {
                    if (inputs[t] == InputAlphabet.SPACE) {
                        start = t;
                    }
                    if (targets[t] != Vocabulary.UNKNOWN) {
                        requests.add(new RowRequest(inputs, t, predicted[t]));
                        wordStarts.add(new int[] {start});
                    }
                }
            }
            float[][] rows = computation.rows(requests, PassPlan.triangle(requests, unit.initialShape().size()),
                    ProgressReporter.silent().start("", 0, ""));
            for (int r = 0; r < rows.length; r++) {
                tally.add(rows[r], requests.get(r).position(), wordStarts.get(r)[0]);
            }
            task.advance(groupPositions);
        }
        return tally.toJson();
    }
}
