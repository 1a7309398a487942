package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        JsonObject json = written(result, "gru");
        assertThat(json.get("text").getAsString()).isEqualTo(" north the people see sn");
        assertThat(json.getAsJsonArray("positions")).hasSize(24);
    }

    @Test
    void oneUnitOnTheConfiguredTextAtItsLastCharacter() {
        CommandResult result = analyze("--unit", "lstm");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("text (26 characters): \" north the people see snow\"")
                .contains("lstm:\n  position 25, \"w\" of \"snow\"").doesNotContain("gru:");
    }

    @Test
    void aNamedTargetIsScoredAtEveryPositionWithItsProbabilityAndRank() throws IOException {
        CommandResult result = analyze("--text", "north the people see", "--target", " PEOPLE ", "--unit", "gru", "--position",
                "-1");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("    \"people\": probability \\d+\\.\\d\\d%, rank \\d+ of 16 words\n")
                .contains("    earlier words with the most connectivity of \"people\": ");
        JsonObject json = written(result, "gru");
        assertThat(json.get("target_word").getAsString()).isEqualTo("people");
        for (var element : json.getAsJsonArray("positions")) {
            JsonObject position = element.getAsJsonObject();
            assertThat(position.get("scored").getAsString()).isEqualTo("people");
            int rank = position.get("scored_rank").getAsInt();
            var suggestions = position.getAsJsonArray("suggestions");
            for (int k = 0; k < suggestions.size(); k++) {
                JsonObject suggestion = suggestions.get(k).getAsJsonObject();
                if (suggestion.get("word").getAsString().equals("people")) {
                    assertThat(rank).as("rank of a word suggested in place %d", k + 1).isEqualTo(k + 1);
                    assertThat(position.get("scored_probability").getAsFloat())
                            .isEqualTo(suggestion.get("probability").getAsFloat());
                }
            }
            assertThat(rank).isBetween(1, 16);
        }
        JsonObject own = written(analyze("--text", "north the people see", "--unit", "gru"), "gru");
        assertThat(own.get("positions").getAsJsonArray().get(20).getAsJsonObject().get("connectivity"))
                .as("the row of another word's score differs")
                .isNotEqualTo(json.get("positions").getAsJsonArray().get(20).getAsJsonObject().get("connectivity"));
    }

    @Test
    void aTextEndingInASeparatorEndsWithTheSpaceBeforeTheNextWord() {
        CommandResult result = analyze("--text", "north the people, ", "--unit", "lstm");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("text normalised as the corpus is: \"north the people, \" -> \" north the people \"")
                .contains("  position 17, \" \" of \"\" (0 known characters): suggests ");
    }

    @Test
    void aTargetOutsideTheVocabularyIsRefusedWithTheNearestWords() {
        refused(analyze("--target", "peple"), "--target \"peple\" is not in the vocabulary (16 words); nearest: people, ");
        refused(analyze("--target", "<unknown>"), "--target \"<unknown>\" is not in the vocabulary");
    }

    /** The connectivity.json a result names as written for a unit. */
    private static JsonObject written(CommandResult result, String unit) throws IOException {
        String marker = "written to ";
        Path file = result.out().lines().filter(line -> line.contains(marker) && line.contains("/" + unit + "/"))
                .map(line -> Path.of(line.substring(line.indexOf(marker) + marker.length()))).findFirst().orElseThrow();
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
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
