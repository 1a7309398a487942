package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.rnnmem.experiments.testing.SyntheticCorpus;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.Checkpoint;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code rnnmem run} end to end on a tiny experiment of two units, in this JVM. */
class RunCommandTest {

    private static final List<String> LABELS = List.of("gru", "lstm");

    @TempDir static Path directory;
    private static TinyExperiment experiment;
    private static CommandResult first;

    @BeforeAll
    static void runTheExperiment() {
        experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}", "{unit: lstm, hidden: 8}");
        first = InProcess.run("run", experiment.file().toString());
    }

    private static List<Long> steps(Path unit) {
        return new TrainingLog(unit.resolve("training.csv")).rows().stream().map(TrainingLog.Row::step).toList();
    }

    private static List<Long> oneToN(long n) {
        return LongStream.rangeClosed(1, n).boxed().toList();
    }

    private static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    @Test
    void exitsWithZeroAndPrintsTheResultsTable() {
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out())
                .contains("experiment tiny: 2 unit(s) x 1 seed(s)")
                .contains("gru: test cross entropy")
                .contains("lstm: test cross entropy")
                .containsPattern("(?m)^model +seeds +steps +train time +cross entropy")
                .containsPattern("(?m)^gru +1 +12 ")
                .containsPattern("(?m)^lstm +1 +12 ")
                .containsPattern("(?m)^baseline: always \"[a-z]+\" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gru", "lstm"})
    void writesEveryAnalysisOfTheFinalWeights(String label) throws IOException {
        for (String file : List.of("suggestions.json", "connectivity.json", "known_chars.json", "memory_profile.json",
                "context_ablation.json")) {
            JsonObject result = json(experiment.unit(label).resolve(file));
            assertThat(result.getAsJsonObject("from").get("steps").getAsLong()).as(file).isEqualTo(TinyExperiment.STEPS);
        }
        JsonObject connectivity = json(experiment.unit(label).resolve("connectivity.json"));
        assertThat(connectivity.get("text").getAsString()).isEqualTo(" north the people see snow");
        assertThat(connectivity.getAsJsonArray("positions")).hasSize(" north the people see snow".length());
        assertThat(json(experiment.output().resolve("known_chars_baseline.json")).has("unknown_as_miss")).isTrue();
        assertThat(experiment.unit(label).resolve("memory_span.json")).as("no planted cues in this corpus").doesNotExist();
    }

    @Test
    void drawsTheAnalysesAndRedrawsTheSameBytesFromTheFiles() throws IOException {
        List<String> files = List.of("report.html", "figures/connectivity.svg", "figures/known-chars.svg",
                "figures/memory-profile.svg", "figures/context-ablation.svg", "figures/training.svg",
                "figures/parameters.svg");
        List<byte[]> written = new java.util.ArrayList<>();
        for (String file : files) {
            written.add(Files.readAllBytes(experiment.output().resolve(file)));
        }
        assertThat(Files.readString(experiment.output().resolve("report.html")))
                .contains("Connectivity").contains("Accuracy given known characters").contains("Memory profiles");

        CommandResult again = InProcess.run("report", experiment.output().toString());

        assertThat(again.status()).as(again.err()).isZero();
        for (int i = 0; i < files.size(); i++) {
            assertThat(experiment.output().resolve(files.get(i))).as(files.get(i)).hasBinaryContent(written.get(i));
        }
    }

    @Test
    void recordsTheResolvedExperimentUnderItsHash() throws IOException {
        List<String> lines = Files.readAllLines(experiment.output().resolve("experiment.yaml"));
        assertThat(lines.get(1)).matches("# config hash: [0-9a-f]{64}");
        assertThat(lines).contains("name: tiny").anyMatch(line -> line.strip().equals("max_steps: 12"));
        String hash = lines.get(1).substring("# config hash: ".length());
        assertThat(json(experiment.output().resolve("provenance.json")).get("config_hash").getAsString()).isEqualTo(hash);
    }

    @Test
    void recordsProvenance() throws IOException {
        JsonObject provenance = json(experiment.output().resolve("provenance.json"));
        JsonObject versions = provenance.getAsJsonObject("versions");
        for (String part : List.of("rnnmem", "djl", "engine", "engine_version", "java", "os")) {
            assertThat(versions.get(part).getAsString()).as(part).isNotBlank();
        }
        assertThat(provenance.get("split_seed").getAsInt()).isEqualTo(5);
        assertThat(provenance.getAsJsonArray("training_seeds").asList()).extracting(e -> e.getAsInt()).containsExactly(5);
        Instant started = Instant.parse(provenance.get("started").getAsString());
        Instant finished = Instant.parse(provenance.get("finished").getAsString());
        assertThat(finished).isAfter(started);
    }

    @Test
    void keepsOneDatasetFile() throws IOException {
        try (Stream<Path> files = Files.list(experiment.output().resolve("data"))) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .singleElement().asString().matches("dataset-[0-9a-f]{24}\\.bin");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gru", "lstm"})
    void logsEveryStepValidatesOnScheduleAndKeepsTheFinalCheckpoint(String label) throws IOException {
        Path unit = experiment.unit(label);
        assertThat(Files.readAllLines(unit.resolve("training.csv")).get(0)).isEqualTo(TrainingLog.HEADER);
        assertThat(steps(unit)).isEqualTo(oneToN(TinyExperiment.STEPS));
        assertThat(new TrainingLog(unit.resolve("training.csv")).rows()).filteredOn(TrainingLog.Row::validated)
                .extracting(TrainingLog.Row::step).containsExactly(5L, 10L, 12L);
        assertThat(unit.resolve("checkpoint/latest.ckpt")).isRegularFile();
        Checkpoint latest = new CheckpointStore(unit.resolve("checkpoint")).latest(warning -> {}).orElseThrow();
        assertThat(latest.step()).isEqualTo(TinyExperiment.STEPS);
        assertThat(latest.finished()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gru", "lstm"})
    void writesConsistentTestMetrics(String label) throws IOException {
        JsonObject metrics = json(experiment.unit(label).resolve("test.json"));
        JsonObject counts = metrics.getAsJsonObject("counts");
        long known = counts.get("known_targets").getAsLong();
        long unknown = counts.get("unknown_targets").getAsLong();
        long hits = counts.get("hits").getAsLong();
        assertThat(counts.get("sequences").getAsLong()).isPositive();
        assertThat(unknown).as("16 of the corpus's 22 words are predicted").isPositive();
        assertThat(hits).isBetween(0L, known);
        double masked = metrics.get("accuracy_masked").getAsDouble();
        double article = metrics.get("accuracy_article").getAsDouble();
        assertThat(masked).isBetween(0.0, 1.0).isCloseTo((double) hits / known, within(1e-6));
        assertThat(article).isBetween(0.0, 1.0).isCloseTo((double) hits / (known + unknown), within(1e-6));
        assertThat(metrics.get("cross_entropy").getAsDouble()).isPositive();
    }

    @Test
    void writesAResultsRowPerUnitAndTheBaseline() throws IOException {
        List<String> rows = Files.readAllLines(experiment.output().resolve("results.md")).stream()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| model "))
                .toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2)).startsWith("| baseline: always \"");
        for (int i = 0; i < LABELS.size(); i++) {
            double masked = json(experiment.unit(LABELS.get(i)).resolve("test.json")).get("accuracy_masked").getAsDouble();
            assertThat(rows.get(i)).startsWith("| " + LABELS.get(i) + " | 1 | 12 | ")
                    .endsWith(String.format(Locale.ROOT, " %.2f%% |", 100 * masked));
        }
    }

    @Test
    void runningAgainSkipsFinishedUnitsAndGivesTheSameResults() throws IOException {
        String results = Files.readString(experiment.output().resolve("results.md"));
        byte[] metrics = Files.readAllBytes(experiment.unit("gru").resolve("test.json"));

        CommandResult again = InProcess.run("run", experiment.file().toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("gru: trained 12 steps before, reused")
                .contains("lstm: trained 12 steps before, reused")
                .doesNotContain("test cross entropy");
        assertThat(Files.readString(experiment.output().resolve("results.md"))).isEqualTo(results);
        assertThat(experiment.unit("gru").resolve("test.json")).hasBinaryContent(metrics);
    }

    @Test
    void setAndCorpusChangeTheExperimentFromTheCommandLine(@TempDir Path elsewhere) throws IOException {
        Path corpus = SyntheticCorpus.write(elsewhere.resolve("other.txt"), 300, 2);
        Path output = elsewhere.resolve("changed");

        CommandResult changed = InProcess.run("run", experiment.file().toString(), "--set", "training.max_steps=3",
                "--set", "units=[{unit: gru, hidden: 8}]", "--corpus", corpus.toString(), "--set", "output=" + output);

        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(changed.out())
                .contains("results in " + output)
                .contains(String.format(Locale.ROOT, "dataset: %,d characters", Files.size(corpus)))
                .containsPattern("(?m)^gru +1 +3 ");
        assertThat(steps(output.resolve("gru"))).isEqualTo(oneToN(3));
        assertThat(output.resolve("lstm")).doesNotExist();
        assertThat(Files.readString(output.resolve("experiment.yaml")))
                .contains("max_steps: 3").contains("hidden: 8").contains(corpus.toString());
    }

    @Test
    void aChangedExperimentRetrainsOnlyTheUnitsWhoseTrainingChanged(@TempDir Path elsewhere) throws IOException {
        TinyExperiment small = TinyExperiment.write(elsewhere, "{unit: gru, hidden: 8}");
        String file = small.file().toString();
        assertThat(InProcess.run("run", file, "--set", "training.max_steps=2").status()).isZero();
        Path dataset;
        try (Stream<Path> files = Files.list(small.output().resolve("data"))) {
            dataset = files.findFirst().orElseThrow();
        }
        Object datasetIdentity = Files.readAttributes(dataset, BasicFileAttributes.class).fileKey();
        byte[] trained = Files.readAllBytes(small.unit("gru").resolve("checkpoint/latest.ckpt"));

        CommandResult added = InProcess.run("run", file, "--set", "training.max_steps=2", "--set",
                "units=[{unit: gru, hidden: 8}, {unit: gru, hidden: 8, label: other}]",
                "--set", "analysis.suggestions.top_k=2");

        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("gru: trained 2 steps before, reused").contains("gru suggestions: suggestions.json")
                .doesNotContain("gru known-chars").containsPattern("(?m)^other +1 +2 ");
        assertThat(steps(small.unit("other"))).isEqualTo(oneToN(2));
        assertThat(small.unit("gru").resolve("checkpoint/latest.ckpt")).hasBinaryContent(trained);

        CommandResult changed = InProcess.run("run", file, "--set", "training.max_steps=2", "--set",
                "training.learning_rate=0.01");

        assertThat(changed.status()).as(changed.err()).isZero();
        assertThat(changed.out())
                .contains("gru: training from the start: what decides its weights changed"
                        + " (training: learning_rate: 0.001 -> 0.01)")
                .doesNotContain("other");
        assertThat(small.output().resolve("results.md")).content().doesNotContain("other");

        CommandResult forced = InProcess.run("run", file, "--set", "training.max_steps=2", "--set",
                "training.learning_rate=0.01", "--force");

        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("gru: training from the start: --force");
        assertThat(steps(small.unit("gru"))).isEqualTo(oneToN(2));
        assertThat(Files.readAttributes(dataset, BasicFileAttributes.class).fileKey()).as("the dataset file is kept")
                .isEqualTo(datasetIdentity);
    }

    @Test
    void eachAnalysisKeysItsResultOnItsOwnSettingsNamedAsInYaml(@TempDir Path elsewhere) throws IOException {
        TinyExperiment small = TinyExperiment.write(elsewhere, "{unit: gru, hidden: 8}");
        String file = small.file().toString();
        assertThat(InProcess.run("run", file, "--set", "training.max_steps=2").status()).isZero();

        assertThat(json(small.unit("gru").resolve("known_chars.json")).getAsJsonObject("settings"))
                .isEqualTo(JsonParser.parseString("{\"top_k\": 3, \"max_chars\": 21}"));
        assertThat(json(small.unit("gru").resolve("memory_profile.json")).getAsJsonObject("settings"))
                .isEqualTo(JsonParser.parseString("{\"memory_profile\": {\"sequences\": 8, \"max_distance\": 40},"
                        + " \"wrt\": \"one-hot\", \"norm\": \"l2-squared\", \"target\": \"logit\", \"max_chars\": 21}"));
        assertThat(json(small.unit("gru").resolve("suggestions.json")).getAsJsonObject("settings"))
                .isEqualTo(JsonParser.parseString("{\"suggestions\": {\"top_k\": 3}, \"text\": \" north the people see snow\"}"));

        CommandResult newText = InProcess.run("run", file, "--set", "training.max_steps=2",
                "--set", "analysis.connectivity.text=\" snow\"");
        assertThat(newText.status()).as(newText.err()).isZero();
        assertThat(newText.out()).contains("gru suggestions: suggestions.json").contains("gru connectivity: connectivity.json")
                .doesNotContain("gru known-chars").doesNotContain("gru memory-profile").doesNotContain("prefix-baseline");

        CommandResult fewerChars = InProcess.run("run", file, "--set", "training.max_steps=2",
                "--set", "analysis.connectivity.text=\" snow\"", "--set", "analysis.known_chars.max_chars=5");
        assertThat(fewerChars.out()).contains("gru known-chars: known_chars.json").contains("gru memory-profile")
                .contains("prefix-baseline").doesNotContain("gru suggestions").doesNotContain("gru connectivity");
        assertThat(json(small.unit("gru").resolve("known_chars.json")).getAsJsonObject("settings"))
                .isEqualTo(JsonParser.parseString("{\"top_k\": 3, \"max_chars\": 5}"));
    }

    @Test
    void atMatchedLossTheAnalysesTakeEachUnitsChosenSnapshot(@TempDir Path elsewhere) throws IOException {
        TinyExperiment small = TinyExperiment.write(elsewhere, "{unit: gru, hidden: 16}", "{unit: lstm, hidden: 4}");

        CommandResult matched = InProcess.run("run", small.file().toString(), "--set", "analysis.at=matched-loss");

        assertThat(matched.status()).as(matched.err()).isZero();
        assertThat(matched.out()).contains("analyses at matched validation loss");
        assertThat(Files.readString(small.output().resolve("report.html"))).contains("Final validation loss");
        for (String label : LABELS) {
            List<Path> kept;
            try (Stream<Path> files = Files.list(small.unit(label).resolve("snapshots"))) {
                kept = files.toList();
            }
            assertThat(kept).as("snapshots kept").hasSizeLessThanOrEqualTo(1);
            long step = json(small.unit(label).resolve("connectivity.json")).getAsJsonObject("from").get("steps").getAsLong();
            if (kept.isEmpty()) {
                assertThat(step).isEqualTo(TinyExperiment.STEPS);
            } else {
                assertThat(kept.get(0).getFileName().toString()).isEqualTo("step-" + step + ".ckpt");
            }
        }
    }

    @Test
    void forceOnAnOutputThatDoesNotExistYetTrains(@TempDir Path elsewhere) {
        TinyExperiment fresh = TinyExperiment.write(elsewhere, "{unit: gru, hidden: 4}");

        CommandResult forced = InProcess.run("run", fresh.file().toString(), "--set", "training.max_steps=2", "--force");

        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(forced.err()).doesNotContain("\tat ").doesNotContain("NoSuchFileException");
        assertThat(forced.out()).doesNotContain("training from the start").contains("gru: test cross entropy");
        assertThat(steps(fresh.unit("gru"))).isEqualTo(oneToN(2));
    }
}
