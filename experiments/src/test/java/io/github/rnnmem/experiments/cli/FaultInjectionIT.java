package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.io.FaultPoint;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.testing.Directories;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.Checkpoint;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults injected into real runs of the launcher, as a user's machine can cause them: the process
 * killed at every boundary between a run's phases (each file renamed into place, a checkpoint
 * rotated, a unit half cleared by {@code --force}), a disk that fills at a chosen write, a
 * read-only output, and a report asked for while a run writes. Each run then ends as the README
 * promises: status 2 with one message naming the place for the faults the user must fix, nothing
 * half-written, and once the fault is gone a run that ends with the results of one never
 * interrupted (byte-equal test and analysis files, equal weights and losses).
 *
 * <p>The process halts itself at a chosen moment ({@link FaultPoint}), which is what a kill there
 * would leave. The disk cases mount a small tmpfs and are skipped where mounting is not permitted.
 */
class FaultInjectionIT {

    private static final String UNIT = "{unit: gru, hidden: 16}";
    private static final List<String> SAME_BYTES = List.of("known_chars_baseline.json", "gru/identity.json",
            "gru/model.json", "gru/test.json", "gru/suggestions.json", "gru/connectivity.json", "gru/known_chars.json",
            "gru/memory_profile.json");
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir static Path shared;
    private static TinyExperiment reference;
    private static FileTime corpusTime;

    @BeforeAll
    static void runOnceUninterrupted() throws Exception {
        reference = TinyExperiment.write(Files.createDirectories(shared.resolve("reference")), UNIT);
        corpusTime = Files.getLastModifiedTime(reference.corpus());
        CommandResult result = Launcher.run(Map.of(), "run", reference.file().toString());
        assertThat(result.status()).as(result.err()).isZero();
    }

    /** The tiny experiment in a directory, its corpus stamped as the reference's so that the datasets match. */
    private static TinyExperiment experiment(Path directory) throws IOException {
        TinyExperiment experiment = TinyExperiment.write(directory, UNIT);
        Files.setLastModifiedTime(experiment.corpus(), corpusTime);
        return experiment;
    }

    private static CommandResult run(TinyExperiment experiment, Map<String, String> environment, String... more)
            throws Exception {
        List<String> arguments = new ArrayList<>(List.of("run", experiment.file().toString()));
        arguments.addAll(List.of(more));
        return Launcher.run(environment, arguments.toArray(String[]::new));
    }

    private static Map<String, String> halt(String point) {
        return Map.of(FaultPoint.VARIABLE, "halt:" + point);
    }

    private static void assertHalted(CommandResult result, String point) {
        assertThat(result.status()).as("halted at %s: %s", point, result.err()).isEqualTo(FaultPoint.HALT_STATUS);
        assertThat(result.err()).contains("rnnmem: fault injected: halt at");
    }

    private static void assertFinished(CommandResult result) {
        assertThat(result.status()).as(result.out() + result.err()).isZero();
        assertThat(result.err()).doesNotContain("\tat ");
    }

    /** One line naming the place and the cause, no stack trace. */
    private static void assertRefused(CommandResult result, String place, String cause) {
        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(2);
        List<String> lines = result.err().lines().filter(line -> !line.startsWith("rnnmem: fault injected")).toList();
        assertThat(lines).singleElement().asString().startsWith("rnnmem: ").contains(place).containsIgnoringCase(cause);
    }

    /** The run directory holds what the uninterrupted run holds, and no temporary file. */
    private static void assertSameAsReference(Path output) throws IOException {
        Path expected = reference.output();
        for (String file : SAME_BYTES) {
            assertThat(output.resolve(file)).as(file).hasSameBinaryContentAs(expected.resolve(file));
        }
        assertThat(withoutCorpus(output.resolve("dataset.json"))).isEqualTo(withoutCorpus(expected.resolve("dataset.json")));
        Checkpoint latest = checkpoint(output);
        Checkpoint wanted = checkpoint(expected);
        assertThat(latest.step()).isEqualTo(TinyExperiment.STEPS);
        assertThat(latest.finished()).isTrue();
        assertThat(latest.parameters()).isEqualTo(wanted.parameters());
        assertThat(latest.optimizer()).isEqualTo(wanted.optimizer());
        assertThat(losses(output)).isEqualTo(losses(expected));
        assertThat(withoutTimes(output.resolve("results.md"))).isEqualTo(withoutTimes(expected.resolve("results.md")));
        assertThat(output.resolve("report.html")).isRegularFile();
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    private static JsonObject withoutCorpus(Path file) throws IOException {
        JsonObject json = JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8));
        json.remove("corpus");
        return json;
    }

    private static Checkpoint checkpoint(Path output) {
        return new CheckpointStore(output.resolve("gru/checkpoint")).latest(warning -> {}).orElseThrow();
    }

    private static List<List<Double>> losses(Path output) {
        return new TrainingLog(output.resolve("gru/training.csv")).rows().stream()
                .map(row -> List.of((double) row.step(), row.trainLoss(), row.validLoss())).toList();
    }

    /** The results table with its training-time column blanked: the time differs from run to run. */
    private static List<String> withoutTimes(Path results) throws IOException {
        return Files.readAllLines(results).stream().map(line -> line.replaceAll("\\| [0-9.]+ min \\|", "| |")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"before:dataset-*", "after:identity.json", "before:latest.ckpt#1", "after:previous.ckpt#1",
        "after:latest.ckpt#3", "before:test.json", "after:test.json", "after:connectivity.json", "after:results.md"})
    void aRunKilledAtAPhaseBoundaryResumesToTheUninterruptedResults(String point, @TempDir Path directory)
            throws Exception {
        TinyExperiment experiment = experiment(directory);

        assertHalted(run(experiment, halt(point)), point);
        CommandResult resumed = run(experiment, Map.of());

        assertFinished(resumed);
        assertSameAsReference(experiment.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cleared:identity.json", "cleared:*#4"})
    void aForcedRunKilledWhileClearingAUnitTrainsItAgainFromTheStart(String point, @TempDir Path directory)
            throws Exception {
        TinyExperiment experiment = experiment(directory);
        Directories.copy(reference.output(), experiment.output());

        assertHalted(run(experiment, halt(point), "--force"), point);
        CommandResult again = run(experiment, Map.of());

        assertFinished(again);
        assertThat(again.out()).contains("gru: training from the start: its directory holds results without a training"
                + " identity").doesNotContain("reused").doesNotContain("resumed");
        assertSameAsReference(experiment.output());
    }

    @Test
    void aReportAskedForWhileARunWritesIsRefusedAndWritesNothing(@TempDir Path directory) throws Exception {
        TinyExperiment experiment = experiment(directory);
        Path marker = directory.resolve("paused");
        Process running = Launcher.start(directory.resolve("run.out"), directory.resolve("run.err"),
                Map.of(FaultPoint.VARIABLE, "pause:after:test.json", FaultPoint.MARKER, marker.toString()),
                "run", experiment.file().toString());
        awaitPause(running, marker);

        CommandResult report = Launcher.run(Map.of(), "report", experiment.output().toString());

        assertRefused(report, experiment.output().toString(), "is in use by another rnnmem process");
        assertThat(experiment.output().resolve("results.md")).doesNotExist();
        Files.delete(marker);
        assertThat(running.waitFor(PATIENCE.toMinutes(), TimeUnit.MINUTES)).isTrue();
        assertThat(running.exitValue()).isZero();
        assertSameAsReference(experiment.output());
    }

    @ParameterizedTest
    @ValueSource(strings = {"after:provenance.json", "after:latest.ckpt#1", "after:test.json", "after:results.md"})
    void aDiskThatFillsStopsTheRunNamingTheFileAndTheRunResumesOnceSpaceIsFreed(String point, @TempDir Path directory)
            throws Exception {
        Path disk = mountTmpfs(directory.resolve("disk"), "8m");
        try {
            TinyExperiment experiment = experiment(directory);
            Path output = disk.resolve("run");
            Path marker = directory.resolve("paused");
            Process running = Launcher.start(directory.resolve("run.out"), directory.resolve("run.err"),
                    Map.of(FaultPoint.VARIABLE, "pause:" + point, FaultPoint.MARKER, marker.toString()),
                    "run", experiment.file().toString(), "--set", "output=" + output);
            awaitPause(running, marker);
            Path filler = fill(disk);
            Files.delete(marker);
            assertThat(running.waitFor(PATIENCE.toMinutes(), TimeUnit.MINUTES)).isTrue();
            CommandResult full = new CommandResult(running.exitValue(),
                    Files.readString(directory.resolve("run.out")), Files.readString(directory.resolve("run.err")));

            assertRefused(full, output.toString(), "no space left on device");
            Files.delete(filler);
            CommandResult resumed = run(experiment, Map.of(), "--set", "output=" + output);

            assertFinished(resumed);
            assertSameAsReference(output);
        } finally {
            unmount(disk);
        }
    }

    @Test
    void aReadOnlyOutputIsNamedAndARunOnItResumesOnceItIsWritable(@TempDir Path directory) throws Exception {
        Path disk = mountTmpfs(directory.resolve("disk"), "8m");
        try {
            TinyExperiment experiment = experiment(directory);
            Path output = disk.resolve("run");
            Directories.copy(reference.output(), output);
            Files.delete(output.resolve("gru/test.json"));
            remount(disk, "ro");

            CommandResult refused = run(experiment, Map.of(), "--set", "output=" + output);
            CommandResult report = Launcher.run(Map.of(), "report", output.toString());

            assertRefused(refused, output.toString(), "read-only file system");
            assertRefused(report, output.toString(), "read-only file system");
            remount(disk, "rw");
            CommandResult resumed = run(experiment, Map.of(), "--set", "output=" + output);

            assertFinished(resumed);
            assertThat(resumed.out()).contains("gru: trained 12 steps before, reused");
            assertSameAsReference(output);
        } finally {
            unmount(disk);
        }
    }

    private static void awaitPause(Process running, Path marker) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!Files.exists(marker)) {
            assertThat(running.isAlive()).as("the run reaches its pause").isTrue();
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** Writes a file until the disk is full. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).containsIgnoringCase("no space left");
        }
        return filler;
    }

    private static Path mountTmpfs(Path directory, String size) throws Exception {
        Files.createDirectories(directory);
        Assumptions.assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", directory.toString()),
                "mounting a tmpfs is not permitted on this machine: the full and read-only disk cases are skipped");
        return directory;
    }

    private static void remount(Path disk, String mode) throws Exception {
        assertThat(command("mount", "-o", "remount," + mode, disk.toString())).as("remount %s", mode).isTrue();
    }

    private static void unmount(Path disk) throws Exception {
        command("umount", disk.toString());
    }

    private static boolean command(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
