package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.Checkpoint;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rnnmem run} killed with SIGKILL while it trains, or stopped with SIGTERM (as a scheduler
 * stops a job at its time limit, at preemption or eviction), then run again: it resumes from its
 * last checkpoint (after SIGTERM, the one it wrote at the end of the batch it was training), logs
 * every step once, and ends with the weights and test results of a run that was never interrupted
 * (same engine, same thread count).
 */
class KillAndResumeIT {

    private static final int STEPS = 60;
    private static final int CHECKPOINT_EVERY = 10;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir static Path shared;
    private static Path straight;
    private static FileTime corpusTime;

    @TempDir Path directory;

    /** The run never interrupted, in a directory of its own. */
    @BeforeAll
    static void runUninterrupted() throws Exception {
        TinyExperiment experiment = TinyExperiment.write(shared, "{unit: gru, hidden: 16}");
        corpusTime = Files.getLastModifiedTime(experiment.corpus());
        straight = shared.resolve("straight");
        CommandResult uninterrupted = Launcher.run(Map.of(), arguments(experiment, "--set", "output=" + straight));
        assertThat(uninterrupted.status()).as(uninterrupted.err()).isZero();
    }

    /** The tiny experiment in a directory, its corpus stamped as the uninterrupted run's so that the datasets match. */
    private static TinyExperiment experiment(Path directory) throws IOException {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}");
        Files.setLastModifiedTime(experiment.corpus(), corpusTime);
        return experiment;
    }

    private static String[] arguments(TinyExperiment experiment, String... more) {
        return append(new String[] {"run", experiment.file().toString(), "--set", "training.max_steps=" + STEPS,
            "--set", "training.checkpoint_every=" + CHECKPOINT_EVERY, "--set", "training.validate_every=50"}, more);
    }

    /** Starts a run and waits until it has trained past its first checkpoint, half-way to the next. */
    private static Process startAndTrain(TinyExperiment experiment, Path out, Path err) throws Exception {
        TrainingLog log = new TrainingLog(experiment.unit("gru").resolve("training.csv"));
        Process process = Launcher.start(out, err, Map.of(), arguments(experiment));
        Instant deadline = Instant.now().plus(PATIENCE);
        while (log.rows().size() < CHECKPOINT_EVERY + CHECKPOINT_EVERY / 2) {
            assertThat(process.isAlive()).as("still training: %s", Files.readString(out, StandardCharsets.UTF_8)).isTrue();
            assertThat(Instant.now()).as("training reached step %d", CHECKPOINT_EVERY).isBefore(deadline);
            Thread.sleep(20);
        }
        return process;
    }

    /** The unit ends with the weights, test and losses of the uninterrupted run, every step logged once. */
    private static void assertSameAsUninterrupted(Path unit) {
        TrainingLog log = new TrainingLog(unit.resolve("training.csv"));
        assertThat(log.rows()).extracting(TrainingLog.Row::step)
                .isEqualTo(LongStream.rangeClosed(1, STEPS).boxed().toList());
        assertThat(finalParameters(unit)).isEqualTo(finalParameters(straight.resolve("gru")));
        assertThat(unit.resolve("test.json")).hasSameBinaryContentAs(straight.resolve("gru/test.json"));
        assertThat(log.rows()).extracting(TrainingLog.Row::trainLoss).isEqualTo(
                new TrainingLog(straight.resolve("gru/training.csv")).rows().stream().map(TrainingLog.Row::trainLoss).toList());
    }

    @Test
    void aKilledRunResumesToTheWeightsOfAnUninterruptedOne() throws Exception {
        TinyExperiment experiment = experiment(directory);
        String[] run = arguments(experiment);
        Path unit = experiment.unit("gru");
        TrainingLog log = new TrainingLog(unit.resolve("training.csv"));

        Process killed = startAndTrain(experiment, directory.resolve("killed.out"), directory.resolve("killed.err"));
        killed.destroyForcibly();
        assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();
        int loggedWhenKilled = log.rows().size();
        assertThat(loggedWhenKilled).as("killed before the end").isLessThan(STEPS);
        assertThat(unit.resolve("checkpoint/latest.ckpt")).exists();
        assertThat(unit.resolve("test.json")).doesNotExist();

        CommandResult resumed = Launcher.run(Map.of(), run);

        assertThat(resumed.status()).as(resumed.err()).isZero();
        Matcher resumedAt = Pattern.compile("gru: resumed at step (\\d+) of " + STEPS + "\n").matcher(resumed.out());
        assertThat(resumedAt.find()).as(resumed.out()).isTrue();
        long step = Long.parseLong(resumedAt.group(1));
        assertThat(step % CHECKPOINT_EVERY).isZero();
        assertThat(step).isBetween((long) CHECKPOINT_EVERY, (long) loggedWhenKilled);
        assertSameAsUninterrupted(unit);
    }

    @Test
    void aTerminatedRunWritesACheckpointAtTheEndOfItsBatchAndResumesFromIt() throws Exception {
        TinyExperiment experiment = experiment(directory);
        Path unit = experiment.unit("gru");
        Path err = directory.resolve("terminated.err");

        Process terminated = startAndTrain(experiment, directory.resolve("terminated.out"), err);
        terminated.destroy();
        assertThat(terminated.waitFor(1, TimeUnit.MINUTES)).isTrue();

        String message = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(terminated.exitValue()).as(message).isEqualTo(143);
        assertThat(message).contains("rnnmem: SIGTERM received: stopping at the end of this batch, after writing a"
                + " checkpoint").doesNotContain("\tat ");
        Matcher stopped = Pattern.compile("rnnmem: gru: stopped on request at step (\\d+) of " + STEPS
                + "; its checkpoint is written: run again to resume").matcher(message);
        assertThat(stopped.find()).as(message).isTrue();
        long step = Long.parseLong(stopped.group(1));
        Checkpoint written = new CheckpointStore(unit.resolve("checkpoint")).latest(warning -> {}).orElseThrow();
        assertThat(written.step()).isEqualTo(step).isGreaterThan(CHECKPOINT_EVERY);
        assertThat(written.finished()).isFalse();
        assertThat(new TrainingLog(unit.resolve("training.csv")).rows()).hasSize((int) step);

        CommandResult resumed = Launcher.run(Map.of(), arguments(experiment));

        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("gru: resumed at step " + step + " of " + STEPS + "\n");
        assertSameAsUninterrupted(unit);
    }

    private static byte[] finalParameters(Path unit) {
        return new CheckpointStore(unit.resolve("checkpoint")).latest(warning -> {}).orElseThrow().parameters();
    }

    private static String[] append(String[] arguments, String... more) {
        return Stream.concat(Arrays.stream(arguments), Arrays.stream(more)).toArray(String[]::new);
    }
}
