package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rnnmem analyze} on a trained tiny run: any text, chosen positions and units, bad requests. */
class AnalyzeCommandTest {

    @TempDir static Path directory;
    private static TinyExperiment experiment;

    @BeforeAll
    static void trainTheUnits() {
        experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 8}", "{unit: lstm, hidden: 4}");
        CommandResult run = InProcess.run("run", experiment.file().toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    private static CommandResult analyze(String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "analyze";
        all[1] = experiment.output().toString();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return InProcess.run(all);
    }

    private static void refused(CommandResult result, String message) {
        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void printsSuggestionsAndEarlierWordsAndWritesTheConnectivity() throws IOException {
        CommandResult result = analyze("--text", "North, the people SEE sn", "--position", "3", "--position", "-1");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("text normalised as the corpus is: \"North, the people SEE sn\" -> \" north the people see sn\"")
                .contains("gru:\n  position 3, \"r\" of \"north\" (3 known characters): suggests ")
                .contains("  position 23, \"n\" of \"sn\" (2 known characters): suggests ")
                .contains("    earlier words with the most connectivity: ")
                .contains("lstm:\n");
        Path written;
        try (Stream<Path> analyses = Files.list(experiment.output().resolve("analyses"))) {
            written = analyses.findFirst().orElseThrow().resolve("gru/connectivity.json");
        }
        JsonObject json = JsonParser.parseString(Files.readString(written, StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(json.get("text").getAsString()).isEqualTo(" north the people see sn");
        assertThat(json.getAsJsonArray("positions")).hasSize(24);
        assertThat(result.out()).contains("written to " + written);
    }

    @Test
    void oneUnitOnTheConfiguredTextAtItsLastCharacter() {
        CommandResult result = analyze("--unit", "lstm");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("text (26 characters): \" north the people see snow\"")
                .contains("lstm:\n  position 25, \"w\" of \"snow\"").doesNotContain("gru:");
    }

    @Test
    void badRequestsAreNamed() {
        refused(analyze("--text", "?! -- ..."), "has no letters a-z left once normalised");
        refused(analyze("--position", "26"), "--position 26 is outside the text, which has 26 characters");
        refused(analyze("--position", "-27"), "--position -27 is outside the text");
        refused(analyze("--unit", "gur"), "--unit gur: " + experiment.output() + " has no unit labelled so; did you mean gru?");
        refused(InProcess.run("analyze", directory.resolve("nowhere").toString()), "is not a run directory");
    }

    @Test
    void aUnitThatIsNotTrainedOrWhoseCheckpointIsOtherIsNamed(@TempDir Path elsewhere) throws IOException {
        TinyExperiment small = TinyExperiment.write(elsewhere, "{unit: gru, hidden: 8}", "{unit: lstm, hidden: 4}");
        assertThat(InProcess.run("run", small.file().toString(), "--set", "training.max_steps=2").status()).isZero();
        Files.copy(small.unit("lstm").resolve("checkpoint/latest.ckpt"), small.unit("gru").resolve("checkpoint/latest.ckpt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(small.unit("lstm").resolve("identity.json"));

        refused(InProcess.run("analyze", small.output().toString(), "--unit", "gru"),
                small.unit("gru").resolve("checkpoint") + " holds a checkpoint of another training of this unit");
        refused(InProcess.run("analyze", small.output().toString(), "--unit", "lstm"),
                small.unit("lstm") + " holds no trained unit: run the experiment first");
    }
}
