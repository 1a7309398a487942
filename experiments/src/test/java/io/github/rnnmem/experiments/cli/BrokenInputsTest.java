package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.testing.CraftedCheckpoint;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A finished run whose files are then damaged, run again: what can be rebuilt is rebuilt with a
 * warning, what cannot stops the run with status 2 and a message naming the file, and nothing the
 * run directory held is lost ({@code provenance.json} aside: it records the latest attempt).
 */
class BrokenInputsTest {

    @TempDir Path directory;
    private TinyExperiment experiment;
    private Path checkpoints;

    @BeforeEach
    void runTheExperimentOnce() {
        experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}");
        checkpoints = experiment.unit("gru").resolve("checkpoint");
        CommandResult first = run();
        assertThat(first.status()).as(first.err()).isZero();
    }

    private CommandResult run() {
        return InProcess.run("run", experiment.file().toString());
    }

    /** Inverts four bytes in the middle of a file. */
    private static void damage(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(file, bytes);
    }

    /** The SHA-256 of every file of the run directory, by relative path, but the provenance record. */
    private Map<String, String> contents() throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(experiment.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals("provenance.json")) {
                    digests.put(experiment.output().relativize(file).toString(), sha256(file));
                }
            }
        }
        return digests;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(CommandResult result, String message) {
        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err().lines()).contains("rnnmem: " + message);
        assertThat(result.err()).doesNotContain("\tat ");
    }

    @Test
    void aDamagedDatasetCacheIsRebuiltWithAWarning() throws IOException {
        Path dataset;
        try (Stream<Path> files = Files.list(experiment.output().resolve("data"))) {
            dataset = files.findFirst().orElseThrow();
        }
        byte[] built = Files.readAllBytes(dataset);
        damage(dataset);

        CommandResult again = run();

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).isEqualTo("warning: dataset cache " + dataset + " fails its checksum (corrupt); rebuilding it\n");
        assertThat(again.out()).contains("gru: trained 12 steps before, reused");
        assertThat(dataset).hasBinaryContent(built);
    }

    @Test
    void aDamagedLatestCheckpointFallsBackToThePreviousOne() throws IOException {
        Path metrics = experiment.unit("gru").resolve("test.json");
        byte[] tested = Files.readAllBytes(metrics);
        Files.delete(metrics);
        damage(checkpoints.resolve("latest.ckpt"));

        CommandResult again = run();

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).isEqualTo("warning: " + checkpoints.resolve("latest.ckpt") + " cannot be used: checksum"
                + " mismatch (the file is damaged or was cut short); using " + checkpoints.resolve("previous.ckpt")
                + " instead\n");
        assertThat(again.out()).contains("gru: resumed at step 8 of 12");
        assertThat(new TrainingLog(experiment.unit("gru").resolve("training.csv")).rows()).extracting(TrainingLog.Row::step)
                .isEqualTo(LongStream.rangeClosed(1, TinyExperiment.STEPS).boxed().toList());
        assertThat(metrics).as("training resumed from step 8 ends where it ended before").hasBinaryContent(tested);
    }

    @Test
    void twoDamagedCheckpointsStopTheRunNamingBoth() throws IOException {
        Files.delete(experiment.unit("gru").resolve("test.json"));
        damage(checkpoints.resolve("latest.ckpt"));
        damage(checkpoints.resolve("previous.ckpt"));
        Map<String, String> before = contents();

        CommandResult again = run();

        assertRefused(again, checkpoints.resolve("latest.ckpt") + " cannot be used: checksum mismatch (the file is"
                + " damaged or was cut short); " + checkpoints.resolve("previous.ckpt") + " cannot be used: checksum"
                + " mismatch (the file is damaged or was cut short). Delete " + checkpoints + " to train this unit from"
                + " the start.");
        assertThat(contents()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "empty", "binary"})
    void aCorpusThatCannotBeReadIsNamedAndNothingIsLost(String breakage) throws IOException {
        Map<String, String> before = contents();
        Path corpus = experiment.corpus();
        String message = switch (breakage) {
            case "missing" -> {
                Files.delete(corpus);
                yield "corpus.path: " + corpus + " does not exist";
            }
            case "empty" -> {
                Files.write(corpus, new byte[0]);
                yield corpus + ": the corpus is empty: it holds no letters a-z or digits";
            }
            default -> {
                Files.write(corpus, new byte[] {'a', ' ', 'b', 0, 7, (byte) 0xff});
                yield corpus + ": a binary file (NUL byte at offset 3), not UTF-8 text; remove it from the corpus";
            }
        };

        assertRefused(run(), message);
        assertThat(contents()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(CraftedCheckpoint.Section.class)
    void aCheckpointWhoseSectionIsCutWithAValidChecksumFallsBackAndStaysRecoverable(CraftedCheckpoint.Section section)
            throws IOException {
        Path metrics = experiment.unit("gru").resolve("test.json");
        byte[] tested = Files.readAllBytes(metrics);
        Files.delete(metrics);
        CraftedCheckpoint.truncate(checkpoints.resolve("latest.ckpt"), section, 4);

        CommandResult again = run();

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).startsWith("warning: " + checkpoints.resolve("latest.ckpt") + " cannot be used: its "
                + (section == CraftedCheckpoint.Section.PARAMETERS ? "parameters" : "optimizer state"))
                .endsWith("; using " + checkpoints.resolve("previous.ckpt") + " instead\n")
                .doesNotContain("\tat ");
        assertThat(again.out()).contains("gru: resumed at step 8 of 12");
        assertThat(metrics).hasBinaryContent(tested);

        Files.delete(metrics);
        damage(checkpoints.resolve("latest.ckpt"));

        CommandResult onceMore = run();

        assertThat(onceMore.status()).as("the checkpoint resumed from is still there: %s", onceMore.err()).isZero();
        assertThat(onceMore.out()).contains("gru: resumed at step 8 of 12");
        assertThat(metrics).hasBinaryContent(tested);
    }

    @Test
    void twoCheckpointsWhoseSectionsClaimMoreThanTheyHoldStopTheRunNamingBoth() throws IOException {
        Files.delete(experiment.unit("gru").resolve("test.json"));
        CraftedCheckpoint.cutShort(checkpoints.resolve("latest.ckpt"), CraftedCheckpoint.Section.OPTIMIZER, 4);
        CraftedCheckpoint.cutShort(checkpoints.resolve("previous.ckpt"), CraftedCheckpoint.Section.OPTIMIZER, 4);

        CommandResult again = run();

        assertThat(again.status()).as(again.out() + again.err()).isEqualTo(2);
        assertThat(again.err()).startsWith("rnnmem: " + checkpoints.resolve("latest.ckpt") + " cannot be used: the"
                        + " optimizer section is cut short")
                .contains(checkpoints.resolve("previous.ckpt") + " cannot be used: the optimizer section is cut short")
                .doesNotContain("\tat ");
    }

    @Test
    void theReportSaysAUnitTrainedToTheEndIsOnlyMissingItsTest() throws IOException {
        Files.delete(experiment.unit("gru").resolve("test.json"));

        CommandResult report = InProcess.run("report", experiment.output().toString());

        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out()).contains("not tested: trained 12 steps, test.json is missing (run again)")
                .doesNotContain("did not finish");
        Files.delete(checkpoints.resolve("latest.ckpt"));
        assertThat(InProcess.run("report", experiment.output().toString()).out())
                .contains("not tested: training stopped at step 8 (run again to resume)");
    }

    @Test
    void aDamagedJsonFileIsNamedWithoutTheJsonLibrarysAdvice() throws IOException {
        Path dataset = experiment.output().resolve("dataset.json");
        Files.writeString(dataset, "{\n  \"corpus\": \"x\",\n  statistics\n}\n");

        CommandResult report = InProcess.run("report", experiment.output().toString());

        assertRefused(report, dataset + " is damaged: not a dataset summary: it is not valid JSON (line 4, column 2)");
        assertThat(report.err()).doesNotContain("JsonReader").doesNotContain("setStrictness").doesNotContain("gson");
    }

    @Test
    void theReportWaitsForNoRunItRefusesWhileOneHoldsTheDirectory() throws Exception {
        Path results = experiment.output().resolve("results.md");
        String before = Files.readString(results);
        Files.writeString(results, before + "a run is writing\n");

        try (AutoCloseable lock = new RunDirectory(experiment.output()).lock()) {
            CommandResult report = InProcess.run("report", experiment.output().toString());

            assertRefused(report, experiment.output() + " is in use by another rnnmem process; wait for it to end or"
                    + " choose another output");
        }
        assertThat(results).hasContent(before + "a run is writing\n");
    }
}
