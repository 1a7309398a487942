package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.io.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run directory written by rnnmem 0.1.0 (three units of width 8, two seeds each, every analysis)
 * is reused by this version as it is: the resolved configuration it stores reads back to the same
 * canonical YAML and hash, every unit keeps its training identity and is not trained again, and
 * the report is drawn from its files.
 */
class EarlierRunDirectoryTest {

    /** Where the fixture was written; the stored configuration names the corpus under it. */
    private static final String WRITTEN_IN = "/tmp/fixgen";
    /** The corpus file's modification time when the fixture was written: part of its fingerprint. */
    private static final Instant CORPUS_MODIFIED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/run-0.1.0");
    private static final List<String> UNITS = List.of(
            "gru/seed-11", "gru/seed-12", "lstm/seed-11", "lstm/seed-12", "nested-lstm/seed-11", "nested-lstm/seed-12");

    @TempDir static Path directory;
    private static CommandResult rerun;

    @BeforeAll
    static void runTheFixtureAgain() throws IOException {
        copy(FIXTURE, directory);
        Files.setLastModifiedTime(directory.resolve("corpus.txt"), FileTime.from(CORPUS_MODIFIED));
        rerun = InProcess.run("run", directory.resolve("experiment.yaml").toString(), "--set",
                "output=" + directory.resolve("run"));
    }

    @Test
    void reusesEveryUnitWithoutTraining() {
        assertThat(rerun.status()).as(rerun.err()).isZero();
        for (String unit : UNITS) {
            String[] parts = unit.split("/seed-");
            assertThat(rerun.out()).contains(parts[0] + " seed " + parts[1] + ": trained 20 steps before, reused");
        }
        assertThat(rerun.out()).doesNotContain("retrain").doesNotContain("training ");
    }

    @Test
    void writesTheSameResolvedConfigurationAndHash() throws IOException {
        String[] stored = headerAndBody(Files.readString(FIXTURE.resolve("run/experiment.yaml"), StandardCharsets.UTF_8));
        String[] written = headerAndBody(Files.readString(directory.resolve("run/experiment.yaml"), StandardCharsets.UTF_8));
        assertThat(withoutLaterAnalyses(written[1])).isEqualTo(stored[1].replace(WRITTEN_IN, directory.toString())
                .replace("output: run\n", "output: " + directory.resolve("run") + "\n"));
        assertThat(stored[0]).endsWith(hashOf(stored[1]));
        assertThat(written[0]).endsWith(hashOf(written[1]));
    }

    /**
     * The canonical YAML without the settings of the analyses added since the fixture was written
     * ({@code analysis.memory_span} and {@code analysis.context_ablation}), which a later version
     * writes with their defaults: everything else stays as it was, line for line.
     */
    private static String withoutLaterAnalyses(String canonicalYaml) {
        return canonicalYaml.replaceAll("(?m)^  (memory_span|context_ablation):\n(^    .*\n)+", "");
    }

    /** The two comment lines (the hash last) and the canonical YAML after them. */
    private static String[] headerAndBody(String text) {
        int body = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        return new String[] {text.substring(0, body).strip(), text.substring(body)};
    }

    /** The configuration hash: SHA-256 of the canonical YAML without its last line, the output. */
    private static String hashOf(String canonicalYaml) {
        return Digests.sha256(canonicalYaml.replaceFirst("output: [^\n]*\n$", ""));
    }

    @Test
    void keepsEveryTrainingIdentityAndCheckpoint() throws IOException {
        for (String unit : UNITS) {
            for (String file : List.of("identity.json", "checkpoint/latest.ckpt", "test.json", "training.csv")) {
                assertThat(Files.readAllBytes(directory.resolve("run").resolve(unit).resolve(file)))
                        .as(unit + "/" + file)
                        .isEqualTo(Files.readAllBytes(FIXTURE.resolve("run").resolve(unit).resolve(file)));
            }
        }
    }

    @Test
    void drawsTheReportFromTheFiles() {
        CommandResult report = InProcess.run("report", directory.resolve("run").toString());
        assertThat(report.status()).as(report.err()).isZero();
        assertThat(directory.resolve("run/report.html")).isNotEmptyFile();
        for (String figure : List.of("training", "parameters", "connectivity", "known-chars", "memory-profile")) {
            assertThat(directory.resolve("run/figures/" + figure + ".svg")).isNotEmptyFile();
        }
        assertThat(rerun.out()).containsPattern("(?m)^gru +2 +20 ").containsPattern("(?m)^nested-lstm +2 +20 ");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                Path target = to.resolve(from.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
