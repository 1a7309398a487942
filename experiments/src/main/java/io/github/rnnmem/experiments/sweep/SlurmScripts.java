package io.github.rnnmem.experiments.sweep;

import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.store.ShardLogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The batch scripts of a sweep on Slurm, in {@code RUN/sweep/slurm/}:
 *
 * <ul>
 *   <li>{@code prepare.sbatch}: {@code rnnmem run FILE --prepare}, which records the experiment,
 *       builds the dataset once and checks every model;
 *   <li>{@code array-<k>.sbatch}: an array job, one array task per shard, {@code rnnmem run FILE
 *       --shard I/N}, at most {@code K} at once ({@code %K}); a sweep with more shards than the
 *       cluster's {@code MaxArraySize} takes several array jobs, the k-th starting at shard {@code k
 *       * MaxArraySize}. Each task appends what it prints to {@code logs/shard-<I>.log} and writes
 *       how it ended to {@code logs/shard-<I>.exit} ({@link ShardLogs}). It asks for a warning signal
 *       before its time limit ({@code --signal=B:USR2@T}) and is requeueable: the script turns the
 *       warning into a SIGTERM for rnnmem, which writes a checkpoint at the end of its batch and
 *       exits, then requeues the task, which resumes from that checkpoint; a cancellation or
 *       preemption (SIGTERM) is passed on the same way;
 *   <li>{@code merge.sbatch}: {@code rnnmem report RUN} and {@code rnnmem sweep status RUN}, after
 *       every array task ended, however ({@code afterany}), so that a partial report says which tasks
 *       failed;
 *   <li>{@code submit.sh}: submits them in that order with their dependencies and prints each job's
 *       id, as {@code prepare 41}, {@code array 42}, {@code merge 43}.
 * </ul>
 */
public final class SlurmScripts {

    /** Slurm's default {@code MaxArraySize}: array indices go from 0 to 1000. */
    public static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

    private final SweepJobs jobs;
    private final Path directory;
    private final ShardLogs logs;

    /**
     * Prepares the scripts of a sweep.
     *
     * @param jobs what the jobs run
     */
    public SlurmScripts(SweepJobs jobs) {
        this.jobs = jobs;
        this.directory = jobs.run().sweep().resolve("slurm");
        this.logs = new ShardLogs(jobs.run());
    }

    /**
     * One array job: the shards it runs, as array indices from an offset.
     *
     * @param number its place among the sweep's array jobs, from 0
     * @param offset the shard of array index 0
     * @param shards the shards it runs, increasing
     */
    public record ArrayJob(int number, int offset, List<Integer> shards) {

        /** Copies the shards. */
        public ArrayJob {
            shards = List.copyOf(shards);
        }

        /**
         * The array's indices, as {@code --array} takes them: ranges of consecutive indices.
         *
         * @return for instance {@code 0-7} or {@code 3,7,12-14}
         */
        public String indices() {
            List<String> ranges = new ArrayList<>();
            int i = 0;
            while (i < shards.size()) {
                int j = i;
                while (j + 1 < shards.size() && shards.get(j + 1) == shards.get(j) + 1) {
                    j++;
                }
                int first = shards.get(i) - offset;
                int last = shards.get(j) - offset;
                ranges.add(first == last ? String.valueOf(first) : first + "-" + last);
                i = j + 1;
            }
            return String.join(",", ranges);
        }
    }

    /**
     * The array jobs of the pending shards: shards {@code [k * maxArraySize, (k + 1) * maxArraySize)}
     * in the k-th, those without a pending shard left out.
     *
     * @param maxArraySize the cluster's {@code MaxArraySize}: array indices are below it
     * @return the array jobs, in order
     */
    public List<ArrayJob> arrays(int maxArraySize) {
        List<ArrayJob> arrays = new ArrayList<>();
        for (int number = 0; (long) number * maxArraySize < jobs.shards(); number++) {
            int from = number * maxArraySize;
            int to = (int) Math.min(jobs.shards(), (long) from + maxArraySize);
            List<Integer> shards = jobs.pending().stream().filter(s -> s >= from && s < to).toList();
            if (!shards.isEmpty()) {
                arrays.add(new ArrayJob(arrays.size(), from, shards));
            }
        }
        return arrays;
    }

    /**
     * Writes every script, replacing those of an earlier sweep of the run directory.
     *
     * @param arrays the array jobs ({@link #arrays})
     * @return the submission script
     * @throws IOException if a script cannot be written
     */
    public Path write(List<ArrayJob> arrays) throws IOException {
        if (Files.isDirectory(directory)) {
            try (var old = Files.list(directory)) {
                for (Path file : old.filter(f -> f.getFileName().toString().startsWith("array-")).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(logs.directory());
        write("prepare.sbatch", prepare());
        for (ArrayJob array : arrays) {
            write("array-" + array.number() + ".sbatch", array(array));
        }
        write("merge.sbatch", merge());
        Path submit = write("submit.sh", submit(arrays));
        Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
        return submit;
    }

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        AtomicFiles.writeString(file, text);
        return file;
    }

    private String prepare() {
        return header("prepare", "prepares the run directory: records the experiment, builds the dataset, checks"
                + " every model")
                + option("job-name", "rnnmem-" + jobs.name() + "-prepare")
                + option("output", logs.directory().resolve("prepare.log").toString())
                + common(false)
                + "\n"
                + environment("${SLURM_CPUS_PER_TASK:-" + jobs.resources().cpus() + "}")
                + "exec " + run().stream().map(SlurmScripts::quote).collect(Collectors.joining(" ")) + " --prepare\n";
    }

    private String array(ArrayJob array) {
        int last = array.shards().get(array.shards().size() - 1);
        String throttle = jobs.resources().throttle().isPresent() ? "%" + jobs.resources().throttle().getAsInt() : "";
        String n = String.valueOf(jobs.shards());
        return header("array " + array.number(), String.format(Locale.ROOT, "shards %d to %d of %d, one array task"
                + " each (shard = %d + array index)", array.shards().get(0), last, jobs.shards(), array.offset()))
                + option("job-name", "rnnmem-" + jobs.name())
                + option("array", array.indices() + throttle)
                + option("output", logs.directory().resolve("slurm-%A_%a.out").toString())
                + common(true)
                + option("requeue", null)
                + option("signal", "B:USR2@" + jobs.resources().warningSeconds())
                + option("kill-on-invalid-dep", "yes")
                + "\n"
                + environment("${SLURM_CPUS_PER_TASK:-" + jobs.resources().cpus() + "}")
                + ShardScript.body("$((" + array.offset() + " + SLURM_ARRAY_TASK_ID))", jobs.shards(),
                        logs.directory().toString(), false, run(),
                        "echo \"$(date '+%F %T') shard $shard/" + n + ": Slurm job"
                                + " ${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID} on $(hostname), attempt"
                                + " $((${SLURM_RESTART_COUNT:-0} + 1))\"\n"
                                + "# The time limit's warning (USR2, sent to this script only) becomes a SIGTERM for"
                                + " rnnmem too.\n"
                                + "near_limit=0\n"
                                + "trap 'near_limit=1; kill -TERM \"$pid\" 2>/dev/null' USR2\n",
                        "if [ \"$near_limit\" = 1 ] && [ \"$status\" = 143 ]; then\n"
                                + "    echo \"$(date '+%F %T') shard $shard/" + n + ": near its time limit: requeued, it"
                                + " resumes from its checkpoint\"\n"
                                + "    scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\"\n"
                                + "fi\n");
    }

    private String merge() {
        return header("merge", "merges what the shards finished into the report, lists what is missing, and says"
                + " how every task stands")
                + option("job-name", "rnnmem-" + jobs.name() + "-merge")
                + option("output", logs.directory().resolve("merge.log").toString())
                + common(false)
                + option("kill-on-invalid-dep", "no")
                + "\n"
                + environment("${SLURM_CPUS_PER_TASK:-" + jobs.resources().cpus() + "}")
                + launcher() + " report " + quote(jobs.run().root().toString()) + "\n"
                + "status=$?\n"
                + launcher() + " sweep status " + quote(jobs.run().root().toString()) + "\n"
                + "exit \"$status\"\n";
    }

    private String submit(List<ArrayJob> arrays) {
        StringBuilder text = new StringBuilder("#!/bin/bash\n"
                + "# Submits the jobs of the rnnmem sweep \"" + jobs.name() + "\" in order and prints each job's id:\n"
                + "# the preparing job, the array job(s) once it succeeded, the merge job once they all ended.\n"
                + "# Written by 'rnnmem sweep'; 'rnnmem sweep ... --submit' runs it.\n"
                + "set -euo pipefail\n"
                + "cd " + quote(directory.toString()) + "\n"
                + "id() { local out; out=$(sbatch --parsable \"$@\"); echo \"${out%%;*}\"; }\n"
                + "prepare=$(id prepare.sbatch)\n"
                + "echo \"prepare $prepare\"\n"
                + "arrays=\"\"\n");
        for (ArrayJob array : arrays) {
            text.append("array=$(id --dependency=afterok:$prepare array-").append(array.number()).append(".sbatch)\n")
                    .append("echo \"array $array\"\n")
                    .append("arrays=\"$arrays:$array\"\n");
        }
        text.append("merge=$(id --dependency=afterany${arrays:-:$prepare} merge.sbatch)\n")
                .append("echo \"merge $merge\"\n");
        return text.toString();
    }

    private String header(String job, String what) {
        return "#!/bin/bash\n"
                + "# rnnmem sweep \"" + jobs.name() + "\", " + job + " job: " + what + ".\n"
                + "# Written by 'rnnmem sweep'; submit.sh submits it in turn.\n";
    }

    /** The options every job of the sweep shares, and those of a shard's job. */
    private String common(boolean shard) {
        SweepJobs.Resources resources = jobs.resources();
        return option("open-mode", "append")
                + option("chdir", jobs.workingDirectory().toString())
                + (resources.partition() == null ? "" : option("partition", resources.partition()))
                + (resources.time() == null ? "" : option("time", resources.time()))
                + option("cpus-per-task", String.valueOf(resources.cpus()))
                + (resources.memory() == null ? "" : option("mem", resources.memory()))
                + (shard && resources.gpus() > 0 ? option("gpus-per-task", String.valueOf(resources.gpus())) : "");
    }

    private static String option(String name, String value) {
        return "#SBATCH --" + name + (value == null ? "" : "=" + value) + "\n";
    }

    private static String environment(String threads) {
        return "# Run what the submitting command built; the engine's threads are the job's cores.\n"
                + "export RNNMEM_NO_BUILD=1\n"
                + "export OMP_NUM_THREADS=" + threads + "\n";
    }

    private String launcher() {
        return quote(jobs.launcher().toString());
    }

    /** {@code rnnmem run FILE ARGUMENTS}. */
    private List<String> run() {
        List<String> command = new ArrayList<>(List.of(jobs.launcher().toString(), "run", jobs.file().toString()));
        command.addAll(jobs.arguments());
        return command;
    }

    /**
     * A word for the shell, single-quoted.
     *
     * @param word any text
     * @return the text between single quotes, each single quote written {@code '\''}
     */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
