package io.github.rnnmem.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.Shard;
import io.github.rnnmem.experiments.store.ShardLogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch scripts, read and run by bash as Slurm would run them, with stand-ins for rnnmem and
 * Slurm's commands: the options every job asks for, arrays split at the cluster's limit, jobs
 * submitted in order with their dependencies, and a shard's script passing the time limit's warning
 * and a cancellation on to rnnmem, recording its exit status and requeueing itself.
 */
class SlurmScriptsTest {

    @TempDir Path directory;
    private Path launcher;
    private Path commands;
    private RunDirectory run;

    @BeforeEach
    void standIns() throws IOException {
        run = new RunDirectory(directory.resolve("run"));
        commands = Files.createDirectories(directory.resolve("bin"));
        // rnnmem: says it started, then trains until a SIGTERM, which it answers as rnnmem does.
        launcher = executable(directory.resolve("rnnmem"), """
                #!/bin/bash
                echo "rnnmem $*"
                [ -n "${FAKE_STATUS:-}" ] && exit "$FAKE_STATUS"
                trap 'echo "rnnmem: stopped on request; its checkpoint is written"; exit 143' TERM
                touch "$STARTED"
                while :; do sleep 0.05; done
                """);
        executable(commands.resolve("scontrol"), "#!/bin/bash\necho \"$*\" >> \"$SCONTROL_LOG\"\n");
        executable(commands.resolve("sbatch"), """
                #!/bin/bash
                echo "$*" >> "$SBATCH_LOG"
                count=$(wc -l < "$SBATCH_LOG")
                echo "$((40 + count));cluster"
                """);
        executable(commands.resolve("squeue"), "#!/bin/bash\nexit 0\n");
    }

    private static Path executable(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private SlurmScripts scripts(int shards, List<Integer> pending) {
        return new SlurmScripts(new SweepJobs("demo", launcher, directory, directory.resolve("demo's.yaml"),
                List.of("--set", "training.max_steps=50"), run, shards, pending,
                new SweepJobs.Resources("short", "1:00:00", 2, 1, "4G", OptionalInt.of(3), 120)));
    }

    private static List<Integer> all(int shards) {
        return IntStream.range(0, shards).boxed().toList();
    }

    @Test
    void arraysAreSplitAtTheClustersLimitAndHoldOnlyThePendingShards() {
        assertThat(scripts(7, all(7)).arrays(3)).containsExactly(
                new SlurmScripts.ArrayJob(0, 0, List.of(0, 1, 2)),
                new SlurmScripts.ArrayJob(1, 3, List.of(3, 4, 5)),
                new SlurmScripts.ArrayJob(2, 6, List.of(6)));
        List<SlurmScripts.ArrayJob> missing = scripts(7, List.of(1, 4, 5)).arrays(3);
        assertThat(missing).extracting(SlurmScripts.ArrayJob::indices).containsExactly("1", "1-2");
        assertThat(missing).extracting(SlurmScripts.ArrayJob::offset).containsExactly(0, 3);
        assertThat(scripts(9, List.of(0, 1, 2, 5, 7, 8)).arrays(1001)).singleElement()
                .extracting(SlurmScripts.ArrayJob::indices).isEqualTo("0-2,5,7-8");
    }

    @Test
    void everyScriptIsBashAskingForWhatTheSweepSays() throws Exception {
        SlurmScripts scripts = scripts(5, all(5));
        scripts.write(scripts.arrays(1001));
        Path slurm = run.sweep().resolve("slurm");
        for (String name : List.of("prepare.sbatch", "array-0.sbatch", "merge.sbatch", "submit.sh")) {
            assertThat(bash(Map.of(), "-n", slurm.resolve(name).toString()).status()).as(name).isZero();
        }
        String array = Files.readString(slurm.resolve("array-0.sbatch"));
        assertThat(array.lines().filter(line -> line.startsWith("#SBATCH")).toList()).containsExactly(
                "#SBATCH --job-name=rnnmem-demo",
                "#SBATCH --array=0-4%3",
                "#SBATCH --output=" + run.sweep().resolve("logs/slurm-%A_%a.out"),
                "#SBATCH --open-mode=append",
                "#SBATCH --chdir=" + directory,
                "#SBATCH --partition=short",
                "#SBATCH --time=1:00:00",
                "#SBATCH --cpus-per-task=2",
                "#SBATCH --mem=4G",
                "#SBATCH --gpus-per-task=1",
                "#SBATCH --requeue",
                "#SBATCH --signal=B:USR2@120",
                "#SBATCH --kill-on-invalid-dep=yes");
        assertThat(array).contains("'" + launcher + "' 'run' '" + directory.resolve("demo'\\''s.yaml") + "' '--set'"
                + " 'training.max_steps=50' --shard \"$shard/5\" &");
        assertThat(Files.readString(slurm.resolve("prepare.sbatch")))
                .contains("--prepare").doesNotContain("--gpus-per-task").doesNotContain("--array");
        assertThat(Files.readString(slurm.resolve("merge.sbatch")))
                .contains("' report '" + run.root() + "'").contains("' sweep status '" + run.root() + "'");
    }

    @Test
    void theSubmissionChainsTheJobsAndSaysTheirIds() throws Exception {
        SlurmScripts scripts = scripts(7, all(7));
        Path submit = scripts.write(scripts.arrays(3));
        Path sbatchLog = directory.resolve("sbatch.log");

        Map<String, String> ids = new SlurmCommands(Map.of("PATH", commands + ":/usr/bin:/bin",
                "SBATCH_LOG", sbatchLog.toString())).submit(submit);

        assertThat(ids).containsExactly(Map.entry("prepare", "41"), Map.entry("array", "42"), Map.entry("array 2", "43"),
                Map.entry("array 3", "44"), Map.entry("merge", "45"));
        assertThat(Files.readAllLines(sbatchLog)).containsExactly(
                "--parsable prepare.sbatch",
                "--parsable --dependency=afterok:41 array-0.sbatch",
                "--parsable --dependency=afterok:41 array-1.sbatch",
                "--parsable --dependency=afterok:41 array-2.sbatch",
                "--parsable --dependency=afterany:42:43:44 merge.sbatch");
    }

    @Test
    void theTimeLimitsWarningStopsRnnmemAtACheckpointAndRequeuesTheTask() throws Exception {
        Result result = shard(2, "USR2", Map.of());

        assertThat(result.status()).isEqualTo(143);
        assertThat(new ShardLogs(run).exit(5)).contains(new ShardLogs.Exit(new Shard(5, 7), 143));
        assertThat(Files.readString(directory.resolve("scontrol.log"))).isEqualTo("requeue 42_2\n");
        assertThat(Files.readString(new ShardLogs(run).log(5)))
                .contains("shard 5/7: Slurm job 42_2 on ")
                .contains("rnnmem run " + directory.resolve("demo's.yaml") + " --set training.max_steps=50 --shard 5/7")
                .contains("rnnmem: stopped on request; its checkpoint is written")
                .contains("shard 5/7: exit status 143")
                .contains("shard 5/7: near its time limit: requeued, it resumes from its checkpoint");
    }

    @Test
    void aCancellationIsPassedOnAndNotRequeuedByTheScript() throws Exception {
        Result result = shard(2, "TERM", Map.of());

        assertThat(result.status()).isEqualTo(143);
        assertThat(Files.readString(new ShardLogs(run).exitFile(5))).isEqualTo("shard=5/7 status=143\n");
        assertThat(directory.resolve("scontrol.log")).doesNotExist();
    }

    @Test
    void aFailureIsRecordedWithItsExitStatus() throws Exception {
        Result result = shard(2, null, Map.of("FAKE_STATUS", "3"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(new ShardLogs(run).exit(5).orElseThrow().status()).isEqualTo(3);
        assertThat(new ShardLogs(run).lastLine(5).orElseThrow()).endsWith("shard 5/7: exit status 3");
    }

    /** Runs array index {@code index} of the second array job (shards 3 to 5) and sends it a signal once rnnmem runs. */
    private Result shard(int index, String signal, Map<String, String> environment) throws Exception {
        SlurmScripts scripts = scripts(7, all(7));
        scripts.write(scripts.arrays(3));
        Path started = directory.resolve("started");
        Map<String, String> variables = new java.util.HashMap<>(Map.of("SLURM_ARRAY_TASK_ID", String.valueOf(index),
                "SLURM_ARRAY_JOB_ID", "42", "SCONTROL_LOG", directory.resolve("scontrol.log").toString(),
                "STARTED", started.toString()));
        variables.putAll(environment);
        Process process = start(variables, run.sweep().resolve("slurm/array-1.sbatch").toString());
        if (signal != null) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (!Files.exists(started)) {
                assertThat(Instant.now()).as("rnnmem started").isBefore(deadline);
                Thread.sleep(20);
            }
            assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor()).isZero();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the script ended").isTrue();
        return new Result(process.exitValue(), "");
    }

    private record Result(int status, String output) {}

    private Result bash(Map<String, String> environment, String... arguments) throws Exception {
        Process process = start(environment, arguments);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private Process start(Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("bash"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", commands + ":" + System.getenv("PATH"));
        builder.environment().putAll(environment);
        return builder.start();
    }
}
