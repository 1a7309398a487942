package io.github.rnnmem.experiments.run;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.google.gson.JsonObject;
import io.github.rnnmem.api.NearestNames;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.analysis.TypedText;
import io.github.rnnmem.experiments.analysis.connectivity.ConnectivitySettings;
import io.github.rnnmem.experiments.analysis.connectivity.PositionConnectivity;
import io.github.rnnmem.experiments.analysis.connectivity.TargetWord;
import io.github.rnnmem.experiments.analysis.connectivity.TextConnectivity;
import io.github.rnnmem.experiments.analysis.suggestions.Suggestion;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The autocomplete demo of the article on a finished run, for any text: loads the run's trained
 * units, computes the suggestions and connectivity of the text for each ({@link TextConnectivity}),
 * prints at chosen positions the top suggestions and the earlier words that carry the most
 * connectivity (with a named target word, also its probability and rank), and writes {@code
 * connectivity.json} per unit under {@code analyses/<digest>/} in the run directory, the digest
 * being that of the text and the named word.
 */
public final class TextAnalyzer {

    /** Earlier words printed per position. */
    private static final int EARLIER_WORDS = 3;

    private final RunDirectory run;
    private final ExperimentGrid grid;
    private final UnitRegistry units;
    private final Engine engine;
    private final Device device;
    private final ProgressReporter progress;
    private final Console console;

    /**
     * Prepares the analysis of a run.
     *
     * @param run the run directory
     * @param grid the experiment its {@code experiment.yaml} records, with every point of its grid
     * @param units the unit registry
     * @param engine the engine to compute on
     * @param device the device to compute on
     * @param progress shows long work
     * @param console where results are printed
     */
    public TextAnalyzer(RunDirectory run, ExperimentGrid grid, UnitRegistry units, Engine engine, Device device,
            ProgressReporter progress, Console console) {
        this.run = run;
        this.grid = grid;
        this.units = units;
        this.engine = engine;
        this.device = device;
        this.progress = progress;
        this.console = console;
    }

    /**
     * Analyses a text with the chosen units and prints the chosen positions.
     *
     * @param rawText the text as given, normalised as the corpus is ({@link TypedText}); empty for
     *     the experiment's {@code analysis.connectivity.text}
     * @param positions positions to print, from 0, negative ones counted from the end ({@code -1} is
     *     the last character); empty for the last character
     * @param labels the units to analyse (with every setting of a grid); empty for all
     * @param target a word whose score to differentiate at every position instead of the one the
     *     settings choose, or empty
     * @throws Exception if a result cannot be written
     * @throws BadInputException for an empty text, a position outside it, an unknown label, a
     *     target outside the vocabulary or a unit that is not trained
     */
    public void analyze(Optional<String> rawText, List<Integer> positions, List<String> labels, Optional<String> target)
            throws Exception {
        try (AutoCloseable lock = run.lock()) {
            analyzeLocked(rawText, positions, labels, target);
        }
    }

    private void analyzeLocked(Optional<String> rawText, List<Integer> positions, List<String> labels,
            Optional<String> target) throws IOException {
        String text = rawText.map(this::normalised).orElse(grid.first().analysis().connectivity().text());
        List<Integer> chosen = positions(positions, text.length());
        Set<String> selected = select(labels);
        String digest = Digests.sha256(target.map(word -> text + "\n" + word.strip().toLowerCase(Locale.ROOT)).orElse(text));
        Path directory = run.root().resolve("analyses").resolve(digest.substring(0, 12));
        TaskPlan plan = TaskPlan.layout(grid, run);
        console.out().println("text (" + text.length() + " characters): \"" + text + "\"");
        for (TaskPlan.Task task : plan.tasks()) {
            if (!selected.contains(task.unit().label())) {
                continue;
            }
            ExperimentConfig config = task.config();
            TrainedUnits loader = new TrainedUnits(run, config, units, engine, device);
            TrainedUnit trained = loader.load(task.unit(), task.directory(), plan.name(task), OptionalLong.empty(),
                    console::warn);
            try (NDManager manager = trained.manager()) {
                Vocabulary vocabulary = trained.dataset().vocabulary();
                Optional<TargetWord> word = target.map(given -> TargetWord.find(given, vocabulary).orElseThrow(
                        () -> new BadInputException("--target " + TargetWord.refusal(given, vocabulary))));
                ConnectivitySettings settings = new ConnectivitySettings(config.analysis().connectivity(),
                        config.analysis().suggestions().topK());
                // The settings as the analysis of the run records them, with the text analysed here (which may end
                // with a space, which the experiment's text may not).
                JsonObject recorded = ResultFile.settings(settings);
                recorded.getAsJsonObject("connectivity").addProperty("text", text);
                AnalysedText analysed = new AnalysedText(text, vocabulary);
                TextConnectivity connectivity = TextConnectivity.of(trained, analysed, settings.connectivity(),
                        settings.topK(), word, progress);
                Path unitDirectory = directory.resolve(task.record().directory());
                Path file = unitDirectory.resolve("connectivity.json");
                Files.createDirectories(unitDirectory);
                ResultFile.write(file, "connectivity", trained.training().toJson(), recorded, connectivity.toJson());
                print(plan.name(task), connectivity, chosen, word);
                console.out().println("  written to " + file);
            }
        }
    }

    private void print(String name, TextConnectivity connectivity, List<Integer> positions, Optional<TargetWord> target) {
        AnalysedText text = connectivity.text();
        console.out().println(name + ":");
        for (int t : positions) {
            console.out().printf(Locale.ROOT, "  position %d, \"%c\" of \"%s\" (%d known characters): suggests %s%n", t,
                    text.text().charAt(t), text.word(t), text.knownCharacters(t), suggestions(connectivity.suggestions(t)));
            PositionConnectivity position = connectivity.position(t);
            if (target.isPresent()) {
                console.out().printf(Locale.ROOT, "    \"%s\": probability %.2f%%, rank %,d of %,d words%n", target.get().word(),
                        100 * position.scored().probability(), position.scoredRank(), connectivity.wordCount());
            }
            List<TextConnectivity.WordShare> words = connectivity.earlierWords(t, EARLIER_WORDS);
            console.out().println("    earlier words with the most connectivity" + target.map(w -> " of \"" + w.word() + "\"")
                    .orElse("") + ": " + (words.isEmpty() ? "none"
                    : words.stream().map(w -> String.format(Locale.ROOT, "%s %.1f%%", w.word(), 100 * w.share()))
                            .collect(Collectors.joining(", "))));
        }
    }

    private static String suggestions(List<Suggestion> suggestions) {
        return suggestions.stream().map(s -> String.format(Locale.ROOT, "%s %.1f%%", s.word(), 100 * s.probability()))
                .collect(Collectors.joining(", "));
    }

    /** The text in the task's form, and a note when normalising changed more than the leading space. */
    private String normalised(String raw) {
        TypedText typed;
        try {
            typed = TypedText.of(raw);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--text " + e.getMessage(), e);
        }
        typed.change().ifPresent(change -> console.out().println("text normalised as the corpus is: " + change));
        return typed.text();
    }

    private static List<Integer> positions(List<Integer> given, int length) {
        if (given.isEmpty()) {
            return List.of(length - 1);
        }
        List<Integer> positions = new ArrayList<>();
        for (int position : given) {
            int t = position < 0 ? length + position : position;
            if (t < 0 || t >= length) {
                throw new BadInputException(String.format(Locale.ROOT, "--position %d is outside the text, which has %d"
                        + " characters (positions 0 to %d, or -1 to -%d from the end)", position, length, length - 1, length));
            }
            positions.add(t);
        }
        return positions;
    }

    private Set<String> select(List<String> labels) {
        Map<String, UnitConfig> byLabel = new LinkedHashMap<>();
        grid.points().forEach(point -> point.config().units().forEach(unit -> byLabel.putIfAbsent(unit.label(), unit)));
        if (labels.isEmpty()) {
            return byLabel.keySet();
        }
        Set<String> selected = new LinkedHashSet<>();
        for (String label : labels) {
            UnitConfig unit = byLabel.get(label);
            if (unit == null) {
                String hint = NearestNames.nearest(label, byLabel.keySet()).map(n -> "; did you mean " + n + "?").orElse("");
                throw new BadInputException("--unit " + label + ": " + run.root() + " has no unit labelled so" + hint
                        + " (units: " + String.join(", ", byLabel.keySet()) + ")");
            }
            selected.add(label);
        }
        return selected;
    }
}
