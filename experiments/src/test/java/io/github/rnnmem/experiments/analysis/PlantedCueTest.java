package io.github.rnnmem.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import com.google.gson.JsonArray;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.analysis.connectivity.GradientRows;
import io.github.rnnmem.experiments.analysis.connectivity.PassPlan;
import io.github.rnnmem.experiments.analysis.connectivity.RowRequest;
import io.github.rnnmem.experiments.cli.Main;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.GradientInput;
import io.github.rnnmem.experiments.config.GradientNorm;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.run.TrainedUnits;
import io.github.rnnmem.experiments.testing.CuedCorpus;
import io.github.rnnmem.experiments.wiring.Console;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connectivity finds a planted long-range dependency. In a corpus where the word after a run of
 * fillers is fixed by a cue word further back ({@link CuedCorpus}), a trained GRU (the article's)
 * is analysed on sentences whose cue ends at least 40 characters before the answer's first letter,
 * where the answer is decided by the cue alone. There its connectivity falls on the cue word many
 * times more than, at the same distance, the connectivity of positions that do not depend on what
 * lies there, and far more than the same model's initial weights put on it.
 *
 * <p>Gradient connectivity measures sensitivity, not use: the words just before a position often
 * weigh more than the cue, even in a model that predicts every answer from the cue; this test
 * prints both.
 */
class PlantedCueTest {

    private static final int SEED = 11;
    private static final int BATCH = 32;
    private static final int MAX_LENGTH = 64;
    private static final int GAP = 41;
    private static final UnitRegistry UNITS = UnitRegistry.discover(List.of());

    @TempDir Path directory;

    @Test
    void connectivityFindsACueFortyCharactersBack() throws IOException {
        Random random = new Random(7);
        StringBuilder analysed = new StringBuilder();
        for (int s = 0; s < 8; s++) {
            analysed.append(CuedCorpus.sentence(s % CuedCorpus.CUES.size(), GAP, random));
        }
        String text = analysed.toString();
        Files.writeString(directory.resolve("corpus.txt"), CuedCorpus.text(8000, 3, 51));
        Path run = directory.resolve("run");
        Files.writeString(directory.resolve("cue.yaml"), """
                name: cue
                seed: %d
                engine: pytorch
                corpus: {source: path, path: corpus.txt}
                dataset: {max_length: %d, vocabulary: 40, split: [0.9, 0.05, 0.05]}
                model: {embedding: 8}
                units: [{unit: gru, hidden: 32}]
                training: {batch_size: %d, max_steps: 1000, learning_rate: 0.01, validate_every: 500, checkpoint_every: 1000}
                analysis:
                  connectivity: {text: "%s"}
                  known_chars: {sequences: 20}
                  memory_profile: {sequences: 4, max_distance: 60}
                output: "%s"
                """.formatted(SEED, MAX_LENGTH, BATCH, text, run.toAbsolutePath()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", directory.resolve("cue.yaml").toString()},
                new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)), Map.of());
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();

        ExperimentConfig config = new ConfigLoader(UNITS, directory).load(run.resolve("experiment.yaml"), List.of());
        TrainedUnits loader = new TrainedUnits(new RunDirectory(run), config, UNITS, Engine.getEngine("PyTorch"),
                Device.cpu());
        TrainedUnit gru = loader.load(config.units().get(0), SEED, warning -> {});
        try (NDManager manager = gru.manager(); NDManager scratch = manager.newSubManager()) {
            AnalysedText words = new AnalysedText(text, gru.dataset().vocabulary());
            float[][] trained = rows(gru.model(), manager, words);
            float[][] untrained = rows(gru.initialModel(scratch), scratch, words);
            JsonArray positions = ResultFile.read(run.resolve("gru/connectivity.json")).getAsJsonArray("positions");
            for (int t = 0; t < words.length(); t++) {
                JsonArray written = positions.get(t).getAsJsonObject().getAsJsonArray("connectivity");
                for (int tau = 0; tau < words.length(); tau++) {
                    assertThat(written.get(tau).getAsFloat()).isEqualTo(trained[t][tau]);
                }
            }
            List<Integer> fillers = fillerPositions(text);
            double onCues = 0;
            double sameDistance = 0;
            double onCuesUntrained = 0;
            for (int at = text.indexOf(" s"); at >= 0; at = text.indexOf(" s", at + 1)) {
                int letter = at + 1;
                int cue = sentenceStart(text, at);
                int cueEnd = text.indexOf(' ', cue + 1);
                double share = share(trained[letter], letter, cue, cueEnd);
                double control = 0;
                int counted = 0;
                for (int f : fillers) {
                    if (f - (letter - cue) >= 0) {
                        control += share(trained[f], f, f - (letter - cue), f - (letter - cueEnd));
                        counted++;
                    }
                }
                control /= counted;
                double untrainedShare = share(untrained[letter], letter, cue, cueEnd);
                double nearest = share(trained[letter], letter, text.lastIndexOf(' ', at - 1), at);
                String suggested = positions.get(letter).getAsJsonObject().getAsJsonArray("suggestions").get(0)
                        .getAsJsonObject().get("word").getAsString();
                System.out.printf(Locale.ROOT, "%s, cue %s %d characters back: suggested %s; cue share %.2e, at the same"
                                + " distance elsewhere %.2e, untrained %.2e; the word just before %.2e%n",
                        words.word(letter), words.word(cue), letter - cueEnd, suggested, share, control, untrainedShare,
                        nearest);
                assertThat(letter - cueEnd).isGreaterThanOrEqualTo(40);
                assertThat(suggested).as("the trained GRU predicts the answer from its cue").isEqualTo(words.word(letter));
                onCues += share;
                sameDistance += control;
                onCuesUntrained += untrainedShare;
            }
            assertThat(onCues).as("summed share on the cue words against the same distance elsewhere")
                    .isGreaterThan(5 * sameDistance);
            assertThat(onCues).as("summed share on the cue words, trained against untrained")
                    .isGreaterThan(5 * onCuesUntrained);
        }
    }

    /** The positions inside filler words, whose predictions depend on no cue. */
    private static List<Integer> fillerPositions(String text) {
        List<Integer> positions = new ArrayList<>();
        for (int start = 0; start >= 0; start = text.indexOf(' ', start + 1)) {
            int end = text.indexOf(' ', start + 1);
            String word = text.substring(start + 1, end < 0 ? text.length() : end);
            if (!CuedCorpus.CUES.contains(word) && !CuedCorpus.ANSWERS.contains(word)) {
                for (int t = start; t < (end < 0 ? text.length() : end); t++) {
                    positions.add(t);
                }
            }
        }
        return positions;
    }

    /** The share of row {@code t}'s sum that falls on {@code [from, to)}. */
    private static double share(float[] row, int t, int from, int to) {
        return sum(row, from, to) / sum(row, 0, t + 1);
    }

    /** The space that opens the sentence of the answer at {@code at}: before its cue word. */
    private static int sentenceStart(String text, int at) {
        int start = at;
        do {
            start = text.lastIndexOf(' ', start - 1);
        } while (!CuedCorpus.CUES.contains(text.substring(start + 1, text.indexOf(' ', start + 1))));
        return start;
    }

    private static float[][] rows(AutocompleteModel model, NDManager manager, AnalysedText text) {
        int[] inputs = text.inputs();
        List<RowRequest> requests = new ArrayList<>();
        for (int t = 0; t < inputs.length; t++) {
            requests.add(new RowRequest(inputs, t, text.target(t)));
        }
        GradientRows rows = new GradientRows(model, manager, GradientInput.ONE_HOT, GradientNorm.L2_SQUARED, false);
        return rows.rows(requests, PassPlan.triangle(requests, (long) BATCH * MAX_LENGTH),
                ProgressReporter.silent().start("", 0, ""));
    }

    private static double sum(float[] row, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += row[i];
        }
        return sum;
    }
}
