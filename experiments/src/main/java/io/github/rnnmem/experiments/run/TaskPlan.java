package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.analysis.ResultFile;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.config.GridPoint;
import io.github.rnnmem.experiments.config.GridSetting;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.RunTask;
import io.github.rnnmem.experiments.store.Shard;
import io.github.rnnmem.experiments.store.TaskList;
import io.github.rnnmem.experiments.store.UnitDirectory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks of an experiment grid in its run directory: every unit of every point with every seed,
 * trained, tested and analysed in {@code <label>/<setting>/seed-<n>/} (see {@link
 * RunDirectory#unit(String, String, int, boolean)}). Points that give a unit the same setting (a key
 * of the grid that belongs to another unit) share its task.
 *
 * <p>Each task carries its done key: the hash of its training identity, of how long it trains
 * ({@code training.epochs}, {@code training.max_steps}) and of every analysis's settings. A unit
 * whose {@code done.json} holds that key is finished as the experiment asks.
 */
public final class TaskPlan {

    private final List<Task> tasks;
    private final String configHash;
    private final boolean severalSeeds;

    /**
     * One task.
     *
     * @param point the grid point the task was first found in
     * @param unit the unit
     * @param directory its directory
     * @param record the task as {@code tasks.json} records it
     */
    public record Task(GridPoint point, UnitConfig unit, UnitDirectory directory, RunTask record) {

        /**
         * The experiment the task trains in.
         *
         * @return the point's experiment
         */
        public ExperimentConfig config() {
            return point.config();
        }
    }

    private TaskPlan(List<Task> tasks, String configHash, boolean severalSeeds) {
        this.tasks = List.copyOf(tasks);
        this.configHash = configHash;
        this.severalSeeds = severalSeeds;
    }

    /**
     * Plans a grid's tasks.
     *
     * @param grid the experiment grid
     * @param run its run directory
     * @param datasetKey the cache key of its dataset
     * @param analyses the analyses every task runs
     * @return the plan, tasks in the experiment's order: by unit, then point, then seed
     */
    public static TaskPlan of(ExperimentGrid grid, RunDirectory run, String datasetKey, List<Analysis<?>> analyses) {
        return plan(grid, run, (config, unit, seed) -> doneKey(config, unit, seed, datasetKey, analyses));
    }

    /**
     * The tasks of a grid and their directories, for readers of finished work that need not know
     * what finishing a task means: their done keys are empty.
     *
     * @param grid the experiment grid
     * @param run its run directory
     * @return the plan, tasks in the experiment's order
     */
    public static TaskPlan layout(ExperimentGrid grid, RunDirectory run) {
        return plan(grid, run, (config, unit, seed) -> "");
    }

    /** What finishing a task means, from its experiment, unit and seed. */
    private interface DoneKeys {
        String of(ExperimentConfig config, UnitConfig unit, int seed);
    }

    private static TaskPlan plan(ExperimentGrid grid, RunDirectory run, DoneKeys doneKeys) {
        List<Integer> seeds = grid.first().trainingSeeds();
        boolean severalSeeds = seeds.size() > 1;
        int units = grid.points().stream().mapToInt(p -> p.config().units().size()).max().orElseThrow();
        Map<String, Task> byDirectory = new LinkedHashMap<>();
        for (int position = 0; position < units; position++) {
            for (GridPoint point : grid.points()) {
                if (position >= point.config().units().size()) {
                    continue;
                }
                UnitConfig unit = point.config().units().get(position);
                GridSetting setting = point.setting(position);
                for (int seed : seeds) {
                    UnitDirectory directory = run.unit(unit.label(), setting.directoryName(), seed, severalSeeds);
                    String relative = run.root().relativize(directory.root()).toString();
                    if (!byDirectory.containsKey(relative)) {
                        String key = doneKeys.of(point.config(), unit, seed);
                        byDirectory.put(relative, new Task(point, unit, directory,
                                new RunTask(relative, unit.label(), unit.unit(), position, setting, seed, key)));
                    }
                }
            }
        }
        return new TaskPlan(List.copyOf(byDirectory.values()), grid.configHash(), severalSeeds);
    }

    /**
     * What finishing a unit's task means: the hash of its training identity, the training length
     * settings and every analysis with its settings.
     *
     * @param config the experiment
     * @param unit the unit
     * @param seed the training seed
     * @param datasetKey the dataset's cache key
     * @param analyses the analyses
     * @return 64 hexadecimal digits
     */
    static String doneKey(ExperimentConfig config, UnitConfig unit, int seed, String datasetKey, List<Analysis<?>> analyses) {
        TrainingConfig training = config.training();
        StringBuilder text = new StringBuilder("identity=")
                .append(TrainingIdentity.of(config, unit, seed, datasetKey).hash())
                .append("\nepochs=").append(training.epochs().isPresent() ? training.epochs().getAsInt() : "")
                .append("\nmax_steps=").append(training.maxSteps().isPresent() ? training.maxSteps().getAsInt() : "");
        analyses.stream().sorted(Comparator.comparing(Analysis::name)).forEach(analysis -> text.append('\n')
                .append(analysis.name()).append('=').append(ResultFile.settings(analysis.settings(config.analysis()))));
        return Digests.sha256(text.toString());
    }

    /**
     * Every task, in the experiment's order.
     *
     * @return the tasks
     */
    public List<Task> tasks() {
        return tasks;
    }

    /**
     * The tasks of one shard.
     *
     * @param shard the shard
     * @return its tasks, in the order shards take them
     */
    public List<Task> of(Shard shard) {
        return shard.of(tasks.stream().sorted(Comparator.comparing(Task::record, TaskList.SHARD_ORDER)).toList());
    }

    /**
     * Whether every unit is trained with several seeds.
     *
     * @return true with {@code seeds:} of two or more
     */
    public boolean severalSeeds() {
        return severalSeeds;
    }

    /**
     * The plan as {@code tasks.json} records it.
     *
     * @return the task list
     */
    public TaskList list() {
        return new TaskList(configHash, severalSeeds, tasks.stream().map(Task::record).toList());
    }

    /**
     * A task's name in messages.
     *
     * @param task one of the plan's tasks
     * @return for instance {@code gru}, {@code gru seed 7} or {@code gru hidden=128 seed 7}
     */
    public String name(Task task) {
        return task.record().name(severalSeeds);
    }
}
