package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rnnmem run} killed with SIGKILL while it trains, then run again: it resumes from its last
 * checkpoint, logs every step once, and ends with the weights and test results of a run that was
 * never interrupted (same engine, same thread count).
 */
class KillAndResumeIT {

    private static final int STEPS = 60;
    private static final int CHECKPOINT_EVERY = 10;
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @TempDir Path directory;

    @Test
    void aKilledRunResumesToTheWeightsOfAnUninterruptedOne() throws Exception {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}");
        String[] run = {"run", experiment.file().toString(), "--set", "training.max_steps=" + STEPS,
            "--set", "training.checkpoint_every=" + CHECKPOINT_EVERY, "--set", "training.validate_every=50"};
        Path unit = experiment.unit("gru");
        TrainingLog log = new TrainingLog(unit.resolve("training.csv"));

        Path out = directory.resolve("killed.out");
        Process killed = Launcher.start(out, directory.resolve("killed.err"), Map.of(), run);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (log.rows().size() < CHECKPOINT_EVERY + CHECKPOINT_EVERY / 2) {
            assertThat(killed.isAlive()).as("still training: %s", Files.readString(out, StandardCharsets.UTF_8)).isTrue();
            assertThat(Instant.now()).as("training reached step %d", CHECKPOINT_EVERY).isBefore(deadline);
            Thread.sleep(20);
        }
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
        assertThat(log.rows()).extracting(TrainingLog.Row::step)
                .isEqualTo(LongStream.rangeClosed(1, STEPS).boxed().toList());

        Path straight = directory.resolve("straight");
        CommandResult uninterrupted = Launcher.run(Map.of(), append(run, "--set", "output=" + straight));

        assertThat(uninterrupted.status()).as(uninterrupted.err()).isZero();
        assertThat(finalParameters(unit)).isEqualTo(finalParameters(straight.resolve("gru")));
        assertThat(unit.resolve("test.json")).hasSameBinaryContentAs(straight.resolve("gru/test.json"));
        assertThat(log.rows()).extracting(TrainingLog.Row::trainLoss).isEqualTo(
                new TrainingLog(straight.resolve("gru/training.csv")).rows().stream().map(TrainingLog.Row::trainLoss).toList());
    }

    private static byte[] finalParameters(Path unit) {
        return new CheckpointStore(unit.resolve("checkpoint")).latest(warning -> {}).orElseThrow().parameters();
    }

    private static String[] append(String[] arguments, String... more) {
        return Stream.concat(Arrays.stream(arguments), Arrays.stream(more)).toArray(String[]::new);
    }
}
