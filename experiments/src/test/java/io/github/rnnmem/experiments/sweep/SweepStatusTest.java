package io.github.rnnmem.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.config.GridSetting;
import io.github.rnnmem.experiments.store.DoneMarker;
import io.github.rnnmem.experiments.store.FileLock;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.RunTask;
import io.github.rnnmem.experiments.store.ShardLogs;
import io.github.rnnmem.experiments.store.TaskList;
import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where tasks stand, from the run directory's files, the shards' exits and the queue. */
class SweepStatusTest {

    @TempDir Path root;
    private RunDirectory run;
    private TaskList tasks;
    private final SweepRecord record = new SweepRecord("slurm", 4, List.of(new SweepRecord.Submission("prepare", "41", 0),
            new SweepRecord.Submission("array", "42", 0), new SweepRecord.Submission("merge", "43", 0)));

    @BeforeEach
    void fourTasks() throws IOException {
        run = new RunDirectory(root);
        tasks = new TaskList("hash", true, List.of(task("a", 1), task("a", 2), task("b", 1), task("b", 2)));
        tasks.write(run.tasks());
    }

    private static RunTask task(String hidden, int seed) {
        return new RunTask("gru/hidden=" + hidden + "/seed-" + seed, "gru", "gru", 0,
                new GridSetting(Map.of("hidden", hidden)), seed, "key-" + hidden + seed);
    }

    private UnitDirectory unit(int task) throws IOException {
        UnitDirectory directory = TaskList.directory(run, tasks.tasks().get(task));
        Files.createDirectories(directory.root());
        return directory;
    }

    private void trained(int task, long steps) throws IOException {
        TrainingLog log = new TrainingLog(unit(task).trainingLog());
        log.truncateAfter(0);
        for (long step = 1; step <= steps; step++) {
            log.append(new TrainingLog.Row(step, 0, 2, Double.NaN, step));
        }
    }

    private void exited(int shard, int status, String lastLine) throws IOException {
        ShardLogs logs = new ShardLogs(run);
        Files.createDirectories(logs.directory());
        Files.writeString(logs.exitFile(shard), "shard=" + shard + "/4 status=" + status + "\n");
        Files.writeString(logs.log(shard), "first line\n" + lastLine + "\n\n");
    }

    @Test
    void saysWhereEveryTaskStands() throws Exception {
        // Shard order is by directory: a/seed-1 (shard 0), a/seed-2 (1), b/seed-1 (2), b/seed-2 (3).
        DoneMarker.write(unit(0), "key-a1", 120);
        trained(1, 37);
        trained(2, 20);
        exited(2, 137, "slurmstepd: error: Detected 1 oom_kill event");
        Files.writeString(unit(3).failure(), "gru seed 2: the training loss became NaN at step 9\n");

        SweepStatus status;
        try (FileLock running = FileLock.tryTake(run.unitLock(unit(1)), false).orElseThrow()) {
            status = new SweepStatus(run, tasks, Optional.of(record), Optional.of(List.of(
                    new Slurm.QueuedJob("42_1", "RUNNING", "vm"))));
        }

        assertThat(status.lines()).extracting(SweepStatus.Line::shard).containsExactly(0, 1, 2, 3);
        assertThat(status.lines()).extracting(line -> status.name(line) + ": " + line.state().label() + ", " + line.detail())
                .containsExactly(
                        "gru hidden=a seed 1: done, trained 120 steps, tested, analysed",
                        "gru hidden=a seed 2: running, step 37 (Slurm job 42_1 on vm)",
                        "gru hidden=b seed 1: failed, exit status 137: slurmstepd: error: Detected 1 oom_kill event",
                        "gru hidden=b seed 2: failed, gru seed 2: the training loss became NaN at step 9");
        assertThat(status.counts()).containsEntry(SweepStatus.State.DONE, 1).containsEntry(SweepStatus.State.RUNNING, 1)
                .containsEntry(SweepStatus.State.WAITING, 0).containsEntry(SweepStatus.State.FAILED, 2);
    }

    @Test
    void aQueuedShardWaitsWhateverItsLastAttemptEndedWith() throws Exception {
        trained(2, 20);
        exited(2, 143, "rnnmem: gru hidden=b seed 1: stopped on request at step 20 of 80");

        SweepStatus status = new SweepStatus(run, tasks, Optional.of(record), Optional.of(List.of(
                new Slurm.QueuedJob("42_2", "PENDING", "(BeginTime)"), new Slurm.QueuedJob("42_3", "PENDING",
                        "(JobArrayTaskLimit)"))));

        assertThat(status.lines().get(2).state()).isEqualTo(SweepStatus.State.WAITING);
        assertThat(status.lines().get(2).detail())
                .isEqualTo("stopped at step 20, resumes from its checkpoint; Slurm job 42_2 pending (BeginTime)");
        assertThat(status.lines().get(3).detail()).isEqualTo("not started; Slurm job 42_3 pending (JobArrayTaskLimit)");
    }

    @Test
    void withoutASweepOrAQueueOnlyTheRunDirectorySpeaks() throws Exception {
        SweepStatus status = new SweepStatus(run, tasks, Optional.empty(), Optional.empty());

        assertThat(status.lines()).allSatisfy(line -> {
            assertThat(line.shard()).isEqualTo(-1);
            assertThat(line.state()).isEqualTo(SweepStatus.State.WAITING);
            assertThat(line.detail()).isEqualTo("not started");
        });
    }
}
