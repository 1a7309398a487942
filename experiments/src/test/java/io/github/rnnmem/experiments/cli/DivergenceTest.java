package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training that diverges, through {@code rnnmem run}: the largest learning rate, Adam without its
 * second-moment average ({@code beta2: 0}) and an epsilon of {@code 1e-30} make an update divide a
 * momentum by a gradient of exactly zero (an embedding row of a letter missing from a batch), and
 * the weights overflow within a few steps. The Nested LSTM, trained first, diverges every time;
 * whether the LSTM and the GRU do depends on the exact arithmetic, so either outcome is accepted
 * for them. The run goes on with the next units and exits with status 2; each diverged unit is
 * named with its step, keeps its last checkpoint and logs the steps before it.
 */
class DivergenceTest {

    private static final int CHECKPOINT_EVERY = 2;
    private static final Pattern DIVERGED = Pattern.compile("rnnmem: ([a-z-]+): (?:the training loss became"
            + " (?:NaN|-?Infinity)|a parameter became NaN or infinite) at step (\\d+); training stopped and (?:the"
            + " checkpoint of step (\\d+) is kept|no checkpoint was written) \\(try a smaller training.learning_rate\\)"
            + " \\(checkpoints in (\\S+)\\)");

    @TempDir Path directory;

    @Test
    void divergedUnitsAreNamedWithTheirStepAndTheOthersStillTrain() throws IOException {
        TinyExperiment experiment = TinyExperiment.write(directory,
                "{unit: nested-lstm, hidden: 8}", "{unit: lstm, hidden: 8}", "{unit: gru, hidden: 16}");

        CommandResult result = InProcess.run("run", experiment.file().toString(), "--set", "training.learning_rate=10",
                "--set", "training.beta2=0", "--set", "training.epsilon=1e-30",
                "--set", "training.checkpoint_every=" + CHECKPOINT_EVERY);

        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).doesNotContain("\tat ");
        assertThat(diverged(result, "nested-lstm")).as("nested-lstm diverges: %s", result.err()).isPresent();
        for (String label : List.of("nested-lstm", "lstm", "gru")) {
            assertThat(experiment.unit(label).resolve("training.csv")).as(label + " was trained").exists();
            Optional<MatchResult> divergence = diverged(result, label);
            if (divergence.isEmpty()) {
                assertThat(experiment.unit(label).resolve("test.json")).as(label + " was tested").exists();
                continue;
            }
            MatchResult line = divergence.get();
            long step = Long.parseLong(line.group(2));
            long kept = (step - 1) / CHECKPOINT_EVERY * CHECKPOINT_EVERY;
            Path checkpoints = experiment.unit(label).resolve("checkpoint");
            assertThat(Path.of(line.group(4))).isEqualTo(checkpoints);
            assertThat(line.group(3)).isEqualTo(kept > 0 ? String.valueOf(kept) : null);
            assertThat(new CheckpointStore(checkpoints).latest(warning -> {}).map(c -> c.step()))
                    .as("the last checkpoint with finite parameters").isEqualTo(kept > 0 ? Optional.of(kept) : Optional.empty());
            List<Long> logged = new TrainingLog(experiment.unit(label).resolve("training.csv")).rows().stream()
                    .map(TrainingLog.Row::step).toList();
            assertThat(logged).as("steps logged before the divergence was found")
                    .isIn(LongStream.range(1, step).boxed().toList(), LongStream.rangeClosed(1, step).boxed().toList());
            assertThat(experiment.unit(label).resolve("test.json")).doesNotExist();
            assertThat(experiment.unit(label).resolve("failure.txt")).content().contains("at step " + step);
            assertThat(Files.readString(experiment.output().resolve("results.md")))
                    .containsPattern("\\| " + label + " \\| 1 \\|.*failed: diverged");
        }
    }

    private static Optional<MatchResult> diverged(CommandResult result, String label) {
        Matcher line = DIVERGED.matcher(result.err());
        while (line.find()) {
            if (line.group(1).equals(label)) {
                return Optional.of(line.toMatchResult());
            }
        }
        return Optional.empty();
    }
}
