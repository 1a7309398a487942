package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.Domain;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.data.CorpusSource;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.run.ExperimentRunner;
import io.github.rnnmem.experiments.run.TaskPlan;
import io.github.rnnmem.experiments.store.DoneMarker;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.Shard;
import io.github.rnnmem.experiments.sweep.KubernetesManifests;
import io.github.rnnmem.experiments.sweep.Slurm;
import io.github.rnnmem.experiments.sweep.SlurmCommands;
import io.github.rnnmem.experiments.sweep.SlurmScripts;
import io.github.rnnmem.experiments.sweep.SweepJobs;
import io.github.rnnmem.experiments.sweep.SweepRecord;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.Environment;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rnnmem sweep FILE --slurm|--kubernetes}: writes (and submits) the jobs that run an
 * experiment's tasks on a cluster's scheduler, one job per shard; {@code rnnmem sweep status RUN}
 * says how every task stands.
 */
@Command(
        name = "sweep",
        header = "write or submit the jobs of an experiment on Slurm or Kubernetes; 'sweep status RUN' follows them",
        description = {
            "Writes, under the run directory's sweep/, the jobs that run every task of the experiment (every unit with"
                + " every setting of its grid and every seed) on a cluster's scheduler: a preparing job (the dataset,"
                + " built once), one job per shard (rnnmem run FILE --shard I/N), and a merge job (rnnmem report) that"
                + " runs once every shard ended, however, so that a partial report says which tasks failed.",
            "With --slurm: batch scripts (an array job with at most K tasks at once, split when larger than the"
                + " cluster's MaxArraySize; requeueable, warned before their time limit to write a checkpoint and"
                + " requeue themselves); with --submit they are submitted at once and their ids printed. With"
                + " --kubernetes: manifests (an Indexed Job for the shards, a volume for the run directory) to apply"
                + " with kubectl.",
            "With --missing only the shards with a task not done are written (and submitted): after failures,"
                + " preemptions or a grown grid, this runs only what is missing. 'rnnmem sweep status RUN' lists every"
                + " task as done, running, waiting or failed."},
        subcommands = SweepStatusCommand.class,
        footer = {
            "  rnnmem sweep experiments/sweep.yaml --slurm --time 2:00:00 --submit",
            "  rnnmem sweep experiments/sweep.yaml --slurm --submit --missing",
            "  rnnmem sweep experiments/sweep.yaml --kubernetes --image my/rnnmem:1",
            "  rnnmem sweep status runs/sweep"})
final class SweepCommand implements Callable<Integer> {

    private static final Pattern SLURM_TIME = Pattern.compile(
            "[0-9]+(:[0-9]{1,2}(:[0-9]{1,2})?)?|[0-9]+-[0-9]{1,2}(:[0-9]{1,2}(:[0-9]{1,2})?)?");
    private static final Pattern MEMORY = Pattern.compile("[0-9]+[KMGT]?");
    private static final Pattern VOLUME_SIZE = Pattern.compile("[0-9]+(Ki|Mi|Gi|Ti)");

    private final Provider<UnitRegistry> units;
    private final Injector injector;
    private final Console console;
    private final Environment environment;
    private final List<Analysis<?>> analyses;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    private ExperimentArguments arguments;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Scheduler scheduler;

    /** Where the jobs run. */
    static final class Scheduler {
        @Option(names = "--slurm", required = true,
                description = "writes Slurm batch scripts (default: one of --slurm and --kubernetes is required)")
        private boolean slurm;

        @Option(names = "--kubernetes", required = true,
                description = "writes Kubernetes manifests (default: one of --slurm and --kubernetes is required)")
        private boolean kubernetes;
    }

    @Option(names = "--partition", paramLabel = "P", description = "the Slurm partition (default: the cluster's)")
    private String partition;

    @Option(names = "--time", paramLabel = "T",
            description = "each job's time limit on Slurm: minutes, H:MM:SS or D-HH:MM:SS (default: the partition's)")
    private String time;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "2", converter = Count.class,
            description = "cores of each job, also its engine's threads (default: ${DEFAULT-VALUE})")
    private int cpus;

    @Option(names = "--gpus-per-task", paramLabel = "G", defaultValue = "0", converter = GpuCount.class,
            description = "GPUs of each shard's job (default: ${DEFAULT-VALUE})")
    private int gpus;

    @Option(names = "--mem", paramLabel = "M", description = "memory of each job, such as 8G (default: the cluster's)")
    private String memory;

    @Option(names = "--throttle", paramLabel = "K", converter = Count.class,
            description = "at most K shards run at once (default: no limit)")
    private Integer throttle;

    @Option(names = "--shards", paramLabel = "N", converter = Count.class,
            description = "the number of shards, each a job (default: one per task)")
    private Integer shards;

    @Option(names = "--warning", paramLabel = "SECONDS", defaultValue = "300", converter = Seconds.class,
            description = "how long before the time limit a Slurm job is told to write a checkpoint and requeue"
                    + " itself; on Kubernetes, the pods' grace period after SIGTERM (default: ${DEFAULT-VALUE})")
    private int warning;

    @Option(names = "--image", paramLabel = "IMAGE", defaultValue = "rnnmem:latest",
            description = "the container image on Kubernetes: Java 17 and a built rnnmem, 'rnnmem' on the PATH"
                    + " (default: ${DEFAULT-VALUE})")
    private String image;

    @Option(names = "--volume-size", paramLabel = "SIZE", defaultValue = "50Gi",
            description = "the size of the Kubernetes volume of the run directory (default: ${DEFAULT-VALUE})")
    private String volumeSize;

    @Option(names = "--submit", description = "submits the Slurm jobs and prints their ids (default: only write them)")
    private boolean submit;

    @Option(names = "--missing", description = "only the shards with a task not done (default: every shard)")
    private boolean missing;

    @Spec
    private CommandSpec spec;

    /** A count of at least 1. */
    static final class Count extends IntegerInRange {
        Count() {
            super("a count", new Domain.IntegerRange(1, 100_000));
        }
    }

    /** A number of GPUs. */
    static final class GpuCount extends IntegerInRange {
        GpuCount() {
            super("a number of GPUs", new Domain.IntegerRange(0, 64));
        }
    }

    /** A number of seconds. */
    static final class Seconds extends IntegerInRange {
        Seconds() {
            super("a number of seconds", new Domain.IntegerRange(10, 86_400));
        }
    }

    @Inject
    SweepCommand(Provider<UnitRegistry> units, Injector injector, Console console, Environment environment,
            Set<Analysis<?>> analyses) {
        this.units = units;
        this.injector = injector;
        this.console = console;
        this.environment = environment;
        this.analyses = List.copyOf(analyses);
    }

    @Override
    public Integer call() throws Exception {
        checkArguments();
        ExperimentGrid grid = arguments.loadGrid(units.get());
        ExperimentRunner.refuseMatchedLossInShards(grid);
        Injector experiment = injector.createChildInjector(new ExperimentModule(grid));
        Path root = experiment.getInstance(RunDirectory.class).root();
        RunDirectory run = new RunDirectory(root.toAbsolutePath().normalize());
        String datasetKey = DatasetCache.key(experiment.getInstance(CorpusSource.class),
                experiment.getInstance(TaskSettings.class));
        TaskPlan plan = TaskPlan.of(grid, run, datasetKey, analyses);
        int count = shards == null ? plan.tasks().size() : shards;
        if (count > plan.tasks().size()) {
            throw new ParameterException(spec.commandLine(), "--shards " + count + ": the experiment has "
                    + plan.tasks().size() + " task(s), so at most that many shards");
        }
        List<Integer> pending = pending(plan, count);
        PrintStream out = console.out();
        out.printf(Locale.ROOT, "sweep %s: %d task(s) (%s%d seed(s)) in %d shard(s), results in %s%n", grid.first().name(),
                plan.tasks().size(), grid.isGrid() ? grid.points().size() + " grid point(s), " : "",
                grid.first().trainingSeeds().size(), count, run.root());
        if (pending.isEmpty()) {
            out.println("every task is done: nothing to run (rnnmem report " + run.root() + " merges them)");
            return 0;
        }
        if (missing) {
            out.printf(Locale.ROOT, "%d shard(s) with a task not done: %s%n", pending.size(), pending);
        }
        SweepJobs.Resources resources = new SweepJobs.Resources(partition, time, cpus, gpus, memory,
                throttle == null ? OptionalInt.empty() : OptionalInt.of(throttle), warning);
        return scheduler.slurm ? slurm(grid, run, count, pending, resources) : kubernetes(grid, run, count, resources);
    }

    private void checkArguments() {
        if (arguments == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE' (or the command"
                    + " 'status RUN')");
        }
        if (scheduler == null) {
            throw new ParameterException(spec.commandLine(), "one of --slurm and --kubernetes is required");
        }
        if (time != null && !SLURM_TIME.matcher(time).matches()) {
            throw new ParameterException(spec.commandLine(), "--time " + time + ": expected minutes, H:MM:SS or"
                    + " D-HH:MM:SS, such as 90 or 2:00:00");
        }
        if (time != null && seconds(time) <= warning) {
            throw new ParameterException(spec.commandLine(), "--time " + time + " is not longer than --warning "
                    + warning + " seconds: the job would be warned as it starts");
        }
        if (memory != null && !MEMORY.matcher(memory).matches()) {
            throw new ParameterException(spec.commandLine(), "--mem " + memory + ": expected a size such as 8G or 500M");
        }
        if (!VOLUME_SIZE.matcher(volumeSize).matches()) {
            throw new ParameterException(spec.commandLine(), "--volume-size " + volumeSize + ": expected a size such as"
                    + " 50Gi");
        }
        if (scheduler.kubernetes && (submit || partition != null || time != null)) {
            throw new ParameterException(spec.commandLine(), "--submit, --partition and --time are Slurm's: apply the"
                    + " Kubernetes manifests with kubectl apply -f");
        }
    }

    /** A Slurm time limit in seconds: minutes, M:S, H:M:S, D-H, D-H:M, D-H:M:S. */
    static long seconds(String limit) {
        String[] dayAndTime = limit.split("-");
        long days = dayAndTime.length == 2 ? Long.parseLong(dayAndTime[0]) : 0;
        String[] parts = dayAndTime[dayAndTime.length - 1].split(":");
        long[] values = java.util.Arrays.stream(parts).mapToLong(Long::parseLong).toArray();
        long clock;
        if (dayAndTime.length == 2) {
            clock = values[0] * 3600 + (values.length > 1 ? values[1] * 60 : 0) + (values.length > 2 ? values[2] : 0);
        } else {
            clock = switch (values.length) {
                case 1 -> values[0] * 60;
                case 2 -> values[0] * 60 + values[1];
                default -> values[0] * 3600 + values[1] * 60 + values[2];
            };
        }
        return days * 86_400 + clock;
    }

    /** The shards to run: all, or with --missing those with a task whose done mark is not current. */
    private List<Integer> pending(TaskPlan plan, int count) {
        List<Integer> shardsToRun = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            List<TaskPlan.Task> tasks = plan.of(new Shard(index, count));
            if (!missing || tasks.stream().anyMatch(t -> !DoneMarker.holds(t.directory(), t.record().doneKey()))) {
                shardsToRun.add(index);
            }
        }
        return shardsToRun;
    }

    private int slurm(ExperimentGrid grid, RunDirectory run, int count, List<Integer> pending,
            SweepJobs.Resources resources) throws Exception {
        Path launcher = environment.get("RNNMEM_HOME").map(home -> Path.of(home, "rnnmem")).orElseThrow(() ->
                new BadInputException("the jobs start rnnmem through its launcher, whose place is not known here: run"
                        + " the sweep command through ./rnnmem (RNNMEM_HOME is not set)"));
        Slurm slurm = new SlurmCommands(environment.variables());
        if (submit && !slurm.available()) {
            throw new BadInputException("--submit needs Slurm's commands (sbatch, squeue, scontrol), which are not on"
                    + " the PATH: submit RUN/sweep/slurm/submit.sh where they are");
        }
        int maxArraySize = SlurmScripts.DEFAULT_MAX_ARRAY_SIZE;
        String limitFrom = "Slurm's default: scontrol is not on the PATH";
        if (slurm.available()) {
            try {
                maxArraySize = slurm.maxArraySize();
                limitFrom = "the cluster's";
            } catch (BadInputException e) {
                if (submit) {
                    throw e;
                }
                limitFrom = "Slurm's default: the cluster did not answer";
            }
        }
        SweepJobs jobs = new SweepJobs(grid.first().name(), launcher, Path.of("").toAbsolutePath(),
                arguments.file().toAbsolutePath().normalize(), arguments.arguments(), run, count, pending, resources);
        SlurmScripts scripts = new SlurmScripts(jobs);
        List<SlurmScripts.ArrayJob> arrays = scripts.arrays(maxArraySize);
        Path submission = scripts.write(arrays);
        PrintStream out = console.out();
        out.printf(Locale.ROOT, "wrote %s: prepare.sbatch, %d array job(s)%s (MaxArraySize %d, %s), merge.sbatch,"
                + " submit.sh%n", submission.getParent(), arrays.size(), throttle == null ? "" : ", " + throttle
                + " task(s) at once", maxArraySize, limitFrom);
        List<SweepRecord.Submission> submitted = new ArrayList<>();
        if (submit) {
            Map<String, String> ids = slurm.submit(submission);
            int array = 0;
            for (Map.Entry<String, String> job : ids.entrySet()) {
                String role = job.getKey().startsWith("array") ? "array" : job.getKey();
                int offset = role.equals("array") ? arrays.get(array++).offset() : 0;
                submitted.add(new SweepRecord.Submission(role, job.getValue(), offset));
                out.printf(Locale.ROOT, "submitted %s job %s%n", job.getKey(), job.getValue());
            }
        } else {
            out.println("submit them with: bash " + submission);
        }
        new SweepRecord("slurm", count, submitted).write(run);
        out.println("follow it with: rnnmem sweep status " + run.root() + " (logs in " + run.sweep().resolve("logs")
                + ")");
        return 0;
    }

    private int kubernetes(ExperimentGrid grid, RunDirectory run, int count, SweepJobs.Resources resources)
            throws Exception {
        if (missing) {
            throw new ParameterException(spec.commandLine(), "--missing is Slurm's: on Kubernetes the Indexed Job"
                    + " retries each failed shard itself, and shards whose tasks are done end at once");
        }
        String text = Files.readString(arguments.file(), StandardCharsets.UTF_8);
        Path file = new KubernetesManifests(grid.first().name(), text, arguments.arguments(), count, resources, image,
                volumeSize).write(run.sweep().resolve("kubernetes"));
        new SweepRecord("kubernetes", count, List.of()).write(run);
        console.out().println("wrote " + file + ": apply it with kubectl apply -f " + file);
        console.out().println("the run directory is " + KubernetesManifests.runDirectory() + " on the volume; paths in"
                + " --set and --corpus must be valid inside the pods");
        return 0;
    }
}
