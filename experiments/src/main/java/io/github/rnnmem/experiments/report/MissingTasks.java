package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.RunTask;
import io.github.rnnmem.experiments.store.Shard;
import io.github.rnnmem.experiments.store.ShardLogs;
import io.github.rnnmem.experiments.store.TaskList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tasks of a run without test results yet, and why, as the run directory tells: not started,
 * training stopped at some step, diverged; and, for a sweep whose jobs recorded how each shard
 * ended ({@link ShardLogs}), the shard that failed with its exit status and the last line it
 * printed. A report drawn while tasks are missing (the sweep's merge job runs after every shard,
 * whatever became of it) says which, so that none is taken for finished.
 */
final class MissingTasks {

    private static final List<String> HEADER = List.of("task", "state");

    private final List<List<String>> rows = new ArrayList<>();

    /**
     * Lists the missing tasks.
     *
     * @param summary the run
     * @param run its directory
     */
    MissingTasks(RunSummary summary, RunDirectory run) {
        Map<String, String> shardOutcomes = shardOutcomes(run);
        boolean severalSeeds = summary.severalSeeds();
        for (UnitSummary unit : summary.units()) {
            if (unit.test().isEmpty()) {
                rows.add(List.of(unit.task().name(severalSeeds), state(unit.untested(), unit.task(), shardOutcomes)));
            }
        }
        for (RunTask task : summary.missing()) {
            rows.add(List.of(task.name(severalSeeds), state("not started", task, shardOutcomes)));
        }
    }

    private static String state(String files, RunTask task, Map<String, String> shardOutcomes) {
        String shard = shardOutcomes.get(task.directory());
        return shard == null ? files : files + "; " + shard;
    }

    /** What the last attempt of each task's shard ended with, by task directory, for shards that did not succeed. */
    private static Map<String, String> shardOutcomes(RunDirectory run) {
        Map<String, String> outcomes = new HashMap<>();
        Optional<TaskList> tasks = TaskList.read(run.tasks());
        if (tasks.isEmpty()) {
            return outcomes;
        }
        ShardLogs logs = new ShardLogs(run);
        List<RunTask> ordered = tasks.get().inShardOrder();
        for (ShardLogs.Exit exit : logs.exits()) {
            if (exit.status() == 0) {
                continue;
            }
            Shard shard = exit.shard();
            String outcome = String.format(Locale.ROOT, "shard %s %s%s", shard, describe(exit.status()),
                    logs.lastLine(shard.index()).map(line -> ": " + line).orElse(""));
            shard.of(ordered).forEach(task -> outcomes.put(task.directory(), outcome));
        }
        return outcomes;
    }

    /**
     * An exit status for a person.
     *
     * @param status the status of a shard's process
     * @return for instance {@code failed with exit status 1}
     */
    static String describe(int status) {
        return switch (status) {
            case 2 -> "stopped with exit status 2 (input to fix, or a unit diverged)";
            case 137 -> "was killed (exit status 137: out of memory, or past its time limit)";
            case 143 -> "stopped on SIGTERM (exit status 143) after writing a checkpoint";
            default -> "failed with exit status " + status;
        };
    }

    /**
     * Whether every task has test results.
     *
     * @return true when nothing is missing
     */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * The missing tasks.
     *
     * @return one row per task: its name and state
     */
    ReportTable table() {
        return new ReportTable(HEADER, rows, 2);
    }
}
