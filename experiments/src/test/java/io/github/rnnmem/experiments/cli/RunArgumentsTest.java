package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rnnmem run}'s options reach the experiment, wherever they stand, and the run records the
 * command line that made it.
 */
class RunArgumentsTest {

    @Test
    void optionsReachTheRunAndTheCommandLineIsRecorded(@TempDir Path directory) throws IOException {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 4}");
        Path plugins = Files.createDirectory(directory.resolve("plugins"));
        String[] arguments = {"--plugin-path", plugins.toString(), "run", "--set", "training.max_steps=2",
            experiment.file().toString(), "--corpus=" + experiment.corpus(), "--plugin-path", plugins.toString()};

        CommandResult result = InProcess.run(arguments);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(new TrainingLog(experiment.unit("gru").resolve("training.csv")).rows())
                .extracting(TrainingLog.Row::step).containsExactly(1L, 2L);
        String provenance = Files.readString(experiment.output().resolve("provenance.json"), StandardCharsets.UTF_8);
        assertThat(JsonParser.parseString(provenance).getAsJsonObject().get("command").getAsString())
                .isEqualTo("rnnmem " + String.join(" ", arguments));
    }
}
