package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.ShardLogs;
import io.github.rnnmem.experiments.testing.Directories;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rnnmem run} on a grid of two widths and two seeds, in this JVM: every task in a directory
 * named by its values, done tasks skipped, a grown grid training only what is new, the report's
 * spread over seeds and best setting, and what it lists as missing.
 */
class GridRunTest {

    @TempDir static Path directory;
    private static TinyExperiment experiment;
    private static CommandResult first;

    @BeforeAll
    static void runTheGrid() throws IOException {
        experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 4}").withGridOfTwoWidthsAndTwoSeeds();
        first = InProcess.run("run", experiment.file().toString());
    }

    private static Path task(int hidden, int seed) {
        return experiment.output().resolve("gru/hidden=" + hidden + "/seed-" + seed);
    }

    @Test
    void trainsEveryTaskInADirectoryNamedByItsValues() throws IOException {
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("experiment tiny: 2 grid point(s) of 1 unit(s) x 2 seed(s)")
                .contains("4 task(s): every unit with each setting the grid gives it and each seed")
                .contains("gru hidden=16 seed 2: test cross entropy");
        for (int hidden : List.of(8, 16)) {
            for (int seed : List.of(1, 2)) {
                assertThat(task(hidden, seed).resolve("test.json")).isRegularFile();
                assertThat(task(hidden, seed).resolve("done.json")).isRegularFile();
            }
        }
        assertThat(Files.readString(experiment.output().resolve("experiment.yaml"))).endsWith(TinyExperiment.GRID);
        assertThat(Files.readString(experiment.output().resolve("tasks.json"))).contains("\"gru/hidden=8/seed-1\"");
    }

    @Test
    void theReportComparesSettingsOverSeeds() throws IOException {
        String results = Files.readString(experiment.output().resolve("results.md"));
        assertThat(results).containsPattern("\\| gru hidden=8 \\| 2 \\| 12 \\| [0-9.]+ min \\| [0-9.]+ ± [0-9.]+ \\|")
                .containsPattern("\\| gru hidden=16 \\| 2 \\| 12 \\|")
                .contains("## Best setting per unit").containsPattern("\\| gru \\| hidden=(8|16) \\| 2 \\| [0-9.]+ \\|")
                .contains("## Over seeds")
                .containsPattern("\\| gru hidden=8 \\| cross entropy \\| 2 \\| [0-9.]+ \\| [0-9.]+ \\| \\[[0-9.]+, [0-9.]+\\] \\|")
                .contains("| gru hidden=16 | context share, 0 known characters | 2 |")
                .doesNotContain("## Missing");
        assertThat(first.out()).contains("best setting per unit, chosen on the mean final validation loss:");
        assertThat(Files.readString(experiment.output().resolve("report.html"))).contains("Best setting per unit")
                .contains("Over seeds").contains("the mean over its seeds, its band the 95%");
    }

    @Test
    void aGrownGridTrainsOnlyWhatIsNew() throws IOException {
        Path copy = directory.resolve("grown");
        Directories.copy(experiment.output(), copy);
        CommandResult grown = InProcess.run("run", experiment.file().toString(), "--set", "output=" + copy, "--set",
                "grid={\"units[0].hidden\": [16, 8, 12]}");

        assertThat(grown.status()).as(grown.err()).isZero();
        assertThat(grown.out()).contains("gru hidden=8 seed 1: trained 12 steps before, reused")
                .contains("gru hidden=16 seed 2: trained 12 steps before, reused")
                .contains("gru hidden=12 seed 1: test cross entropy")
                .doesNotContain("gru hidden=8 seed 1: test cross entropy");
        assertThat(copy.resolve("gru/hidden=12/seed-2/done.json")).isRegularFile();
    }

    @Test
    void theReportListsWhatIsMissingAndWhy() throws IOException {
        Path copy = directory.resolve("missing");
        Directories.copy(experiment.output(), copy);
        Directories.delete(copy.resolve("gru/hidden=16/seed-2"));
        Files.delete(copy.resolve("gru/hidden=8/seed-1/test.json"));
        ShardLogs logs = new ShardLogs(new RunDirectory(copy));
        Files.createDirectories(logs.directory());
        // In shard order (by directory) hidden=16/seed-2 is the second task: shard 1 of 4.
        Files.writeString(logs.exitFile(1), "shard=1/4 status=137\n");
        Files.writeString(logs.log(1), "slurmstepd: error: *** JOB 42 ON vm CANCELLED DUE TO TIME LIMIT ***\n");

        CommandResult report = InProcess.run("report", copy.toString());

        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out()).contains("2 task(s) without test results yet:");
        assertThat(Files.readString(copy.resolve("results.md"))).contains("## Missing")
                .contains("| gru hidden=8 seed 1 | not tested: trained 12 steps, test.json is missing (run again) |")
                .contains("| gru hidden=16 seed 2 | not started; shard 1/4 was killed (exit status 137: out of memory, or"
                        + " past its time limit): slurmstepd: error: *** JOB 42 ON vm CANCELLED DUE TO TIME LIMIT *** |")
                .contains("| gru hidden=8 | 1 of 2 | 12 |");
    }

    @Test
    void prepareRecordsTheExperimentAndItsTasksAndTrainsNothing() throws IOException {
        Path output = directory.resolve("prepared");
        CommandResult prepared = InProcess.run("run", experiment.file().toString(), "--set", "output=" + output,
                "--prepare");

        assertThat(prepared.status()).as(prepared.err()).isZero();
        assertThat(prepared.out()).contains("prepared " + output + ": 4 task(s)");
        assertThat(output.resolve("tasks.json")).isRegularFile();
        assertThat(output.resolve("dataset.json")).isRegularFile();
        assertThat(output.resolve("gru")).doesNotExist();
    }

    @Test
    void refusesWhatShardsCannotDo() {
        CommandResult both = InProcess.run("run", experiment.file().toString(), "--prepare", "--shard", "0/2");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).startsWith("rnnmem: run: --prepare and --shard exclude each other");

        CommandResult outside = InProcess.run("run", experiment.file().toString(), "--shard", "2/2");
        assertThat(outside.status()).isEqualTo(2);
        assertThat(outside.err()).contains("--shard", "expects I/N with 0 <= I < N, such as 0/4, got \"2/2\"");

        CommandResult matched = InProcess.run("run", experiment.file().toString(), "--set", "analysis.at=matched-loss");
        assertThat(matched.status()).isEqualTo(2);
        assertThat(matched.err()).isEqualTo("rnnmem: analysis.at: matched-loss compares every unit at the loss the worst"
                + " one reached, which needs all of them trained by one process: it is not available with a grid,"
                + " --shard or a sweep (use analysis.at: final)\n");
    }

    @Test
    void forceOnADirectoryThatDoesNotExistYetSimplyTrains() {
        Path fresh = directory.resolve("fresh");
        CommandResult forced = InProcess.run("run", experiment.file().toString(), "--set", "output=" + fresh, "--set",
                "grid={\"units[0].hidden\": [8]}", "--set", "seeds=[1]", "--force");

        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(forced.err()).doesNotContain("\tat ");
        assertThat(forced.out()).doesNotContain("training from the start").contains("gru hidden=8: test cross entropy");
        assertThat(fresh.resolve("gru/hidden=8/test.json")).isRegularFile();
    }
}
