package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code rnnmem run --shard} processes started at once on one fresh run directory, as two jobs
 * of a sweep on a shared file system: the dataset is built by one of them while the other waits,
 * each trains its own tasks under their locks, nothing is left half-written, and every task ends
 * with the results of a sequential run of the same file.
 */
class ShardsIT {

    private static final List<String> SAME_BYTES = List.of("identity.json", "model.json", "test.json", "suggestions.json",
            "connectivity.json", "known_chars.json", "memory_profile.json");
    private static final List<String> TASKS = List.of("gru/hidden=8/seed-1", "gru/hidden=8/seed-2",
            "gru/hidden=16/seed-1", "gru/hidden=16/seed-2");

    @TempDir Path directory;

    @Test
    void twoShardsAtOnceOnOneDirectoryEndAsASequentialRun() throws Exception {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 4}").withGridOfTwoWidthsAndTwoSeeds();

        List<Process> shards = new ArrayList<>();
        for (int shard = 0; shard < 2; shard++) {
            shards.add(Launcher.start(directory.resolve("shard-" + shard + ".out"), directory.resolve("shard-" + shard
                    + ".err"), Map.of(), "run", experiment.file().toString(), "--shard", shard + "/2"));
        }
        List<String> outputs = new ArrayList<>();
        for (int shard = 0; shard < 2; shard++) {
            assertThat(shards.get(shard).waitFor(10, TimeUnit.MINUTES)).as("shard %d ended", shard).isTrue();
            String out = Files.readString(directory.resolve("shard-" + shard + ".out"), StandardCharsets.UTF_8);
            String err = Files.readString(directory.resolve("shard-" + shard + ".err"), StandardCharsets.UTF_8);
            assertThat(shards.get(shard).exitValue()).as(out + err).isZero();
            assertThat(out).contains("shard " + shard + "/2: 2 of the run's 4 task(s)")
                    .contains("shard " + shard + "/2 done: 2 task(s), 0 failed");
            outputs.add(out);
        }
        assertThat(outputs).as("the dataset is built by one shard only").filteredOn(out -> out.contains("building dataset"))
                .hasSize(1);
        Path sharded = experiment.output();
        try (Stream<Path> files = Files.walk(sharded)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(sharded.resolve("report.html")).as("shards write no report").doesNotExist();

        Path sequential = directory.resolve("sequential");
        CommandResult alone = Launcher.run(Map.of(), "run", experiment.file().toString(), "--set", "output=" + sequential);
        assertThat(alone.status()).as(alone.err()).isZero();

        for (String task : TASKS) {
            for (String file : SAME_BYTES) {
                assertThat(sharded.resolve(task).resolve(file)).as(task + "/" + file)
                        .hasSameBinaryContentAs(sequential.resolve(task).resolve(file));
            }
            assertThat(sharded.resolve(task).resolve("done.json")).hasSameBinaryContentAs(sequential.resolve(task)
                    .resolve("done.json"));
            assertThat(losses(sharded.resolve(task))).isEqualTo(losses(sequential.resolve(task)));
            assertThat(parameters(sharded.resolve(task))).isEqualTo(parameters(sequential.resolve(task)));
            assertThat(sharded.resolve(task).resolve("provenance.json")).as("who trained it").isRegularFile();
        }
        for (String file : List.of("tasks.json", "dataset.json", "known_chars_baseline.json")) {
            assertThat(sharded.resolve(file)).as(file).hasSameBinaryContentAs(sequential.resolve(file));
        }

        CommandResult merged = Launcher.run(Map.of(), "report", sharded.toString());
        assertThat(merged.status()).as(merged.err()).isZero();
        assertThat(Files.readString(sharded.resolve("results.md"))).contains("| gru hidden=8 | 2 | 12 |")
                .contains("| gru hidden=16 | 2 | 12 |").doesNotContain("## Missing");
    }

    private static List<List<Double>> losses(Path unit) {
        return new TrainingLog(unit.resolve("training.csv")).rows().stream()
                .map(row -> List.of((double) row.step(), row.trainLoss(), row.validLoss())).toList();
    }

    private static byte[] parameters(Path unit) {
        return new CheckpointStore(unit.resolve("checkpoint")).latest(warning -> {}).orElseThrow().parameters();
    }
}
