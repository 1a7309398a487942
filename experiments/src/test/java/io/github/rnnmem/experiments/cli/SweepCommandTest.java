package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.Directories;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rnnmem sweep} and {@code sweep status} in this JVM on a finished tiny grid, with stand-ins
 * for Slurm's commands on the PATH: a cluster whose {@code MaxArraySize} is 3, an {@code sbatch}
 * that numbers the jobs it is given from 41, a queue read from a file.
 */
class SweepCommandTest {

    @TempDir static Path directory;
    private static TinyExperiment experiment;
    private static Path commands;

    @BeforeAll
    static void finishATinyGrid() throws IOException {
        experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 4}").withGridOfTwoWidthsAndTwoSeeds();
        CommandResult run = InProcess.run("run", experiment.file().toString());
        assertThat(run.status()).as(run.err()).isZero();
        commands = Files.createDirectories(directory.resolve("bin"));
        executable("scontrol", "[ \"$1 $2\" = \"show config\" ] && echo 'MaxArraySize            = 3'\n");
        executable("sbatch", "echo \"$*\" >> \"$SBATCH_LOG\"\necho \"$((40 + $(wc -l < \"$SBATCH_LOG\")))\"\n");
        executable("squeue", "cat \"$SQUEUE_OUTPUT\" 2>/dev/null\n");
    }

    private static void executable(String name, String body) throws IOException {
        Path file = commands.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The finished run copied, so that a test may change it. */
    private static Path copy(String name) throws IOException {
        Path copy = directory.resolve(name);
        Directories.copy(experiment.output(), copy);
        return copy;
    }

    private static CommandResult sweep(Path output, Map<String, String> more, String... arguments) {
        Map<String, String> environment = new HashMap<>(Map.of("PATH", commands + ":" + System.getenv("PATH"),
                "RNNMEM_HOME", "/opt/rnnmem", "SBATCH_LOG", output.resolve("sbatch.log").toString(),
                "SQUEUE_OUTPUT", output.resolve("squeue.txt").toString()));
        environment.putAll(more);
        List<String> all = new ArrayList<>(List.of("sweep", experiment.file().toString(), "--set", "output=" + output));
        all.addAll(List.of(arguments));
        return InProcess.runWith(environment, all.toArray(String[]::new));
    }

    @Test
    void writesTheJobsSplitAtTheClustersLimitAndSubmitsThem() throws IOException {
        Path output = copy("submitted");

        CommandResult submitted = sweep(output, Map.of(), "--slurm", "--throttle", "2", "--submit");

        assertThat(submitted.status()).as(submitted.err()).isZero();
        assertThat(submitted.out())
                .contains("sweep tiny: 4 task(s) (2 grid point(s), 2 seed(s)) in 4 shard(s), results in " + output)
                .contains("2 array job(s), 2 task(s) at once (MaxArraySize 3, the cluster's)")
                .contains("submitted prepare job 41\nsubmitted array job 42\nsubmitted array 2 job 43\n"
                        + "submitted merge job 44\n");
        Path slurm = output.resolve("sweep/slurm");
        assertThat(Files.readString(slurm.resolve("array-0.sbatch"))).contains("#SBATCH --array=0-2%2\n")
                .contains("'/opt/rnnmem/rnnmem' 'run' '" + experiment.file().toAbsolutePath() + "' '--set' 'output="
                        + output + "' --shard \"$shard/4\" &");
        assertThat(Files.readString(slurm.resolve("array-1.sbatch"))).contains("#SBATCH --array=0%2\n")
                .contains("shard=$((3 + SLURM_ARRAY_TASK_ID))");
        assertThat(Files.readAllLines(output.resolve("sbatch.log"))).containsExactly("--parsable prepare.sbatch",
                "--parsable --dependency=afterok:41 array-0.sbatch", "--parsable --dependency=afterok:41 array-1.sbatch",
                "--parsable --dependency=afterany:42:43 merge.sbatch");
        assertThat(Files.readString(output.resolve("sweep/sweep.json"))).contains("\"shards\": 4")
                .contains("\"role\": \"array\",\n      \"id\": \"43\",\n      \"offset\": 3");
    }

    @Test
    void missingRunsOnlyTheShardsWithATaskNotDone() throws IOException {
        Path output = copy("missing");
        CommandResult nothing = sweep(output, Map.of(), "--slurm", "--missing");
        assertThat(nothing.status()).as(nothing.err()).isZero();
        assertThat(nothing.out()).contains("every task is done: nothing to run");
        assertThat(output.resolve("sweep/slurm")).doesNotExist();

        // In shard order (by directory) gru/hidden=8/seed-2 is the last of the four.
        Files.delete(output.resolve("gru/hidden=8/seed-2/done.json"));
        CommandResult missing = sweep(output, Map.of(), "--slurm", "--missing", "--submit");

        assertThat(missing.status()).as(missing.err()).isZero();
        assertThat(missing.out()).contains("1 shard(s) with a task not done: [3]").contains("submitted array job 42");
        assertThat(Files.readString(output.resolve("sweep/slurm/array-0.sbatch"))).contains("#SBATCH --array=0\n")
                .contains("shard=$((3 + SLURM_ARRAY_TASK_ID))");
        assertThat(output.resolve("sweep/slurm/array-1.sbatch")).doesNotExist();
    }

    @Test
    void statusSaysWhereEveryTaskStands() throws IOException {
        Path output = copy("status");
        Files.delete(output.resolve("gru/hidden=8/seed-2/done.json"));
        assertThat(sweep(output, Map.of(), "--slurm", "--submit").status()).isZero();
        Files.writeString(output.resolve("squeue.txt"), "42_3|PENDING|(JobArrayTaskLimit)\n77_0|RUNNING|other\n");

        CommandResult status = InProcess.runWith(Map.of("PATH", commands + ":" + System.getenv("PATH"), "SQUEUE_OUTPUT",
                output.resolve("squeue.txt").toString()), "sweep", "status", output.toString());

        assertThat(status.status()).as(status.err()).isZero();
        assertThat(status.out()).containsPattern("(?m)^    0  gru hidden=16 seed 1  done +trained 12 steps, tested, analysed$")
                .containsPattern("(?m)^    3  gru hidden=8 seed 2   waiting  trained 12 steps, its test or analyses not done;"
                        + " Slurm job 42_3 pending \\(JobArrayTaskLimit\\)$")
                .contains("4 task(s): 3 done, 0 running, 1 waiting, 0 failed\n");
    }

    @Test
    void refusesWhatItCannotWrite() throws IOException {
        Path output = directory.resolve("refused");
        assertThat(InProcess.run("sweep").err()).startsWith("rnnmem: sweep: missing required parameter: 'FILE' (or the command 'status RUN')");
        assertThat(sweep(output, Map.of()).err()).startsWith("rnnmem: sweep: one of --slurm and --kubernetes is required");
        assertThat(sweep(output, Map.of(), "--slurm", "--time", "2h").err())
                .startsWith("rnnmem: sweep: --time 2h: expected minutes, H:MM:SS or D-HH:MM:SS");
        assertThat(sweep(output, Map.of(), "--slurm", "--time", "4").err())
                .startsWith("rnnmem: sweep: --time 4 is not longer than --warning 300 seconds");
        assertThat(sweep(output, Map.of(), "--slurm", "--shards", "5").err())
                .startsWith("rnnmem: sweep: --shards 5: the experiment has 4 task(s), so at most that many shards");
        assertThat(sweep(output, Map.of(), "--kubernetes", "--submit").err())
                .startsWith("rnnmem: sweep: --submit, --partition and --time are Slurm's");
        CommandResult noSlurm = sweep(output, Map.of("PATH", "/nowhere"), "--slurm", "--submit");
        assertThat(noSlurm.status()).isEqualTo(2);
        assertThat(noSlurm.err()).isEqualTo("rnnmem: --submit needs Slurm's commands (sbatch, squeue, scontrol), which"
                + " are not on the PATH: submit RUN/sweep/slurm/submit.sh where they are\n");
        CommandResult noLauncher = InProcess.runWith(Map.of(), "sweep", experiment.file().toString(), "--slurm");
        assertThat(noLauncher.err()).isEqualTo("rnnmem: the jobs start rnnmem through its launcher, whose place is not"
                + " known here: run the sweep command through ./rnnmem (RNNMEM_HOME is not set)\n");
        assertThat(output).doesNotExist();
    }
}
