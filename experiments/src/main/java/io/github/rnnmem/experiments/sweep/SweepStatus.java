package io.github.rnnmem.experiments.sweep;

import io.github.rnnmem.experiments.store.DoneMarker;
import io.github.rnnmem.experiments.store.FileLock;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.RunTask;
import io.github.rnnmem.experiments.store.ShardLogs;
import io.github.rnnmem.experiments.store.TaskList;
import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How every task of a sweep stands, from its run directory and, where the scheduler answers, its
 * queue: done (its {@code done.json} holds its done key), running (a process holds its lock, or the
 * job of its shard, of no other task, runs),
 * failed (its training diverged, or its shard's last attempt ended with an error and the shard is not
 * queued again), or waiting (queued, or not started, or stopped and not yet resumed).
 */
public final class SweepStatus {

    /** Where a task stands. */
    public enum State {
        /** Trained, tested and analysed as the experiment asks. */
        DONE,
        /** A process works on it now. */
        RUNNING,
        /** Queued, not started, or stopped and waiting to resume. */
        WAITING,
        /** Its training diverged, or its shard's process failed and nothing runs it again. */
        FAILED;

        /**
         * The state as the table shows it.
         *
         * @return for instance {@code done}
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One task's line.
     *
     * @param shard the shard that runs the task, or -1 when no sweep was written
     * @param task the task
     * @param state where it stands
     * @param detail what the run directory or the scheduler says about it
     */
    public record Line(int shard, RunTask task, State state, String detail) {}

    private final List<Line> lines = new ArrayList<>();
    private final boolean severalSeeds;

    /**
     * Finds where every task stands.
     *
     * @param run the run directory
     * @param tasks its task list
     * @param record what {@code rnnmem sweep} wrote and submitted for it, if anything
     * @param queue the scheduler's queue: every queued job of the sweep, when the scheduler answered
     * @throws IOException if a lock file cannot be probed
     */
    public SweepStatus(RunDirectory run, TaskList tasks, Optional<SweepRecord> record,
            Optional<List<Slurm.QueuedJob>> queue) throws IOException {
        this.severalSeeds = tasks.severalSeeds();
        ShardLogs logs = new ShardLogs(run);
        Map<Integer, Slurm.QueuedJob> queued = queued(record, queue);
        Map<String, Integer> shards = new HashMap<>();
        Map<Integer, Integer> tasksPerShard = new HashMap<>();
        if (record.isPresent()) {
            List<RunTask> ordered = tasks.inShardOrder();
            for (int i = 0; i < ordered.size(); i++) {
                shards.put(ordered.get(i).directory(), i % record.get().shards());
                tasksPerShard.merge(i % record.get().shards(), 1, Integer::sum);
            }
        }
        for (RunTask task : tasks.tasks()) {
            int shard = shards.getOrDefault(task.directory(), -1);
            lines.add(line(run, task, shard, tasksPerShard.getOrDefault(shard, 0) == 1, logs,
                    Optional.ofNullable(queued.get(shard))));
        }
    }

    /** The queued array tasks by shard. */
    private static Map<Integer, Slurm.QueuedJob> queued(Optional<SweepRecord> record,
            Optional<List<Slurm.QueuedJob>> queue) {
        Map<Integer, Slurm.QueuedJob> byShard = new HashMap<>();
        if (record.isEmpty() || queue.isEmpty()) {
            return byShard;
        }
        for (SweepRecord.Submission job : record.get().submitted()) {
            if (!job.role().equals("array")) {
                continue;
            }
            for (Slurm.QueuedJob queued : queue.get()) {
                String prefix = job.id() + "_";
                if (queued.id().startsWith(prefix) && queued.id().substring(prefix.length()).matches("[0-9]+")) {
                    byShard.put(job.offset() + Integer.parseInt(queued.id().substring(prefix.length())), queued);
                }
            }
        }
        return byShard;
    }

    private static Line line(RunDirectory run, RunTask task, int shard, boolean alone, ShardLogs logs,
            Optional<Slurm.QueuedJob> queued) throws IOException {
        UnitDirectory directory = TaskList.directory(run, task);
        if (DoneMarker.holds(directory, task.doneKey())) {
            return new Line(shard, task, State.DONE, DoneMarker.steps(directory)
                    .map(steps -> String.format(Locale.ROOT, "trained %,d steps, tested, analysed", steps)).orElse(""));
        }
        long step = lastStep(directory);
        if (FileLock.heldElsewhere(run.unitLock(directory))) {
            return new Line(shard, task, State.RUNNING, (step > 0 ? String.format(Locale.ROOT, "step %,d", step)
                    : "starting") + queued.map(job -> " (Slurm job " + job.id() + " on " + job.reason() + ")").orElse(""));
        }
        if (Files.isRegularFile(directory.failure())) {
            return new Line(shard, task, State.FAILED, Files.readString(directory.failure(), StandardCharsets.UTF_8)
                    .lines().findFirst().orElse("diverged"));
        }
        String progress = progress(directory, step);
        if (queued.isPresent() && alone && queued.get().state().equals("RUNNING")) {
            return new Line(shard, task, State.RUNNING, "starting (Slurm job " + queued.get().id() + " on "
                    + queued.get().reason() + ")");
        }
        if (queued.isPresent()) {
            Slurm.QueuedJob job = queued.get();
            return new Line(shard, task, State.WAITING, progress + "; Slurm job " + job.id() + " "
                    + job.state().toLowerCase(Locale.ROOT) + " " + job.reason());
        }
        Optional<ShardLogs.Exit> exit = shard < 0 ? Optional.empty() : logs.exit(shard);
        if (exit.isPresent() && exit.get().status() != 0) {
            return new Line(shard, task, State.FAILED, "exit status " + exit.get().status()
                    + logs.lastLine(shard).map(line -> ": " + line).orElse(""));
        }
        return new Line(shard, task, State.WAITING, progress);
    }

    /** How far a task that is not done got, as its files say. */
    private static String progress(UnitDirectory directory, long step) {
        Optional<CheckpointStore.Progress> checkpoint = new CheckpointStore(directory.checkpoints()).progress();
        if (checkpoint.isPresent() && checkpoint.get().finished()) {
            return String.format(Locale.ROOT, "trained %,d steps, its test or analyses not done", checkpoint.get().step());
        }
        return step > 0 ? String.format(Locale.ROOT, "stopped at step %,d, resumes from its checkpoint", step)
                : "not started";
    }

    private static long lastStep(UnitDirectory directory) {
        List<TrainingLog.Row> rows = new TrainingLog(directory.trainingLog()).rows();
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).step();
    }

    /**
     * Every task's line, in the experiment's order.
     *
     * @return the lines
     */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /**
     * How many tasks stand where.
     *
     * @return the count of every state
     */
    public Map<State, Integer> counts() {
        Map<State, Integer> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            counts.put(state, 0);
        }
        lines.forEach(line -> counts.merge(line.state(), 1, Integer::sum));
        return counts;
    }

    /**
     * A task's name in the table.
     *
     * @param line one of the lines
     * @return the task's label, setting and seed
     */
    public String name(Line line) {
        return line.task().name(severalSeeds);
    }
}
