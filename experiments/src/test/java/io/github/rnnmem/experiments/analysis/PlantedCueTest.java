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
import io.github.rnnmem.experiments.run.RunDirectory;
import io.github.rnnmem.experiments.run.TrainedUnits;
import io.github.rnnmem.experiments.testing.SyntheticCorpus;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connectivity finds a planted long-range dependency: in a corpus where the word after a run of
 * fillers is fixed by the topic word more than 40 characters earlier, a trained GRU's connectivity
 * at that word puts more on the topic than on any other earlier word, and a larger share than the
 * same model's initial weights do.
 */
class PlantedCueTest {

    private static final int SEED = 11;
    private static final int BATCH = 32;
    private static final int MAX_LENGTH = 120;
    private static final List<String> FILLERS = List.of("the", "people", "there", "often", "grow", "many", "land", "with");
    private static final String TEXT = SyntheticCorpus.sentence(1, FILLERS) + SyntheticCorpus.sentence(0, FILLERS);

    private static final UnitRegistry UNITS = UnitRegistry.discover(List.of());

    @TempDir Path directory;

    @Test
    void aTrainedGruLooksBackAtTheCueWord() throws IOException {
        Files.writeString(directory.resolve("corpus.txt"), SyntheticCorpus.text(4000, 3, 8, 11));
        Path run = directory.resolve("run");
        Files.writeString(directory.resolve("cue.yaml"), """
                name: cue
                seed: %d
                engine: pytorch
                corpus: {source: path, path: corpus.txt}
                dataset: {max_length: %d, vocabulary: 30, split: [0.9, 0.05, 0.05]}
                model: {embedding: 16}
                units: [{unit: gru, hidden: 32}]
                training: {batch_size: %d, max_steps: 500, learning_rate: 0.01, validate_every: 100, checkpoint_every: 500}
                analysis:
                  connectivity: {text: "%s"}
                  known_chars: {sequences: 20}
                  memory_profile: {sequences: 4, max_distance: 60}
                output: "%s"
                """.formatted(SEED, MAX_LENGTH, BATCH, TEXT, run.toAbsolutePath()));
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
            AnalysedText text = new AnalysedText(TEXT, gru.dataset().vocabulary());
            float[][] trained = rows(gru.model(), manager, text);
            float[][] untrained = rows(gru.initialModel(scratch), scratch, text);
            JsonArray positions = ResultFile.read(run.resolve("gru/connectivity.json")).getAsJsonArray("positions");
            for (int t = 0; t < text.length(); t++) {
                JsonArray written = positions.get(t).getAsJsonObject().getAsJsonArray("connectivity");
                for (int tau = 0; tau < text.length(); tau++) {
                    assertThat(written.get(tau).getAsFloat()).isEqualTo(trained[t][tau]);
                }
            }
            for (String answer : List.of(" sand", " snow")) {
                int at = TEXT.indexOf(answer);
                int cue = TEXT.lastIndexOf(answer.equals(" sand") ? " south" : " north", at);
                double onCue = wordSum(trained[at], cue);
                double otherBest = 0;
                for (int start = TEXT.indexOf(' ', cue + 1); start < at; start = TEXT.indexOf(' ', start + 1)) {
                    otherBest = Math.max(otherBest, wordSum(trained[at], start));
                }
                double trainedShare = onCue / wordSum(trained[at], 0, at + 1);
                double untrainedShare = wordSum(untrained[at], cue) / wordSum(untrained[at], 0, at + 1);
                System.out.printf(Locale.ROOT, "%s at %d, cue %d characters earlier: cue share %.3f trained, %.3f"
                                + " untrained; cue %.3g, best other earlier word %.3g; suggested %s%n", answer.strip(), at,
                        at - cue, trainedShare, untrainedShare, onCue, otherBest,
                        positions.get(at).getAsJsonObject().getAsJsonArray("suggestions"));
                assertThat(at - cue).isGreaterThanOrEqualTo(40);
                assertThat(onCue).as("connectivity on the cue word against every other earlier word").isGreaterThan(otherBest);
                assertThat(trainedShare).as("the cue's share, trained against untrained").isGreaterThan(untrainedShare);
            }
        }
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

    private static double wordSum(float[] row, int start) {
        int end = TEXT.indexOf(' ', start + 1);
        return wordSum(row, start, end < 0 ? TEXT.length() : end);
    }

    private static double wordSum(float[] row, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += row[i];
        }
        return sum;
    }
}
