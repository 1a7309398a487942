package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on a real Slurm cluster of this machine, started and stopped by {@code .ci/slurm-cluster}:
 * a shard cancelled while it trains is reported as failed with its exit status (never as finished),
 * the merged report lists its task as missing, and {@code sweep --missing --submit} runs only that
 * shard again, which resumes from the checkpoint it wrote when cancelled.
 *
 * <p>Skipped, with a message, where Slurm is not installed, unless {@code RNNMEM_REQUIRE_SLURM=1};
 * it starts daemons as root.
 */
class SlurmSweepIT {

    private static final Path CLUSTER_SCRIPT = Path.of("..", ".ci", "slurm-cluster").toAbsolutePath().normalize();
    private static final Duration PATIENCE = Duration.ofMinutes(6);

    @TempDir static Path cluster;
    private static Map<String, String> slurm;

    @BeforeAll
    static void startTheCluster() throws Exception {
        boolean installed = command(Map.of(), CLUSTER_SCRIPT.toString(), "available").status() == 0;
        if (!installed && "1".equals(System.getenv("RNNMEM_REQUIRE_SLURM"))) {
            throw new AssertionError("Slurm is required (RNNMEM_REQUIRE_SLURM=1) but slurm-wlm or munge is not installed");
        }
        Assumptions.assumeTrue(installed, "Slurm is not installed (apt-get install slurm-wlm munge): the sweep on a real"
                + " cluster is skipped");
        Output started = command(Map.of(), CLUSTER_SCRIPT.toString(), "start", cluster.resolve("cluster").toString());
        assertThat(started.status()).as(started.text()).isZero();
        Matcher conf = Pattern.compile("export SLURM_CONF=(\\S+)").matcher(started.text());
        assertThat(conf.find()).as(started.text()).isTrue();
        slurm = Map.of("SLURM_CONF", conf.group(1), "PATH", System.getenv("PATH") + ":/usr/sbin:/sbin");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (slurm != null) {
            command(Map.of(), CLUSTER_SCRIPT.toString(), "stop", cluster.resolve("cluster").toString());
        }
    }

    @Test
    void aCancelledShardIsReportedFailedAndResubmittingWhatIsMissingFinishesIt(@TempDir Path directory)
            throws Exception {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 4}").withGridOfTwoWidthsAndTwoSeeds();
        String[] sweep = {"sweep", experiment.file().toString(), "--set", "training.max_steps=150", "--set",
            "training.checkpoint_every=10", "--slurm", "--cpus-per-task", "1", "--throttle", "2", "--submit"};
        CommandResult submitted = Launcher.run(slurm, sweep);
        assertThat(submitted.status()).as(submitted.err()).isZero();
        String array = find("submitted array job (\\d+)", submitted.out());
        String merge = find("submitted merge job (\\d+)", submitted.out());
        Path run = experiment.output();

        // In shard order (by directory) shard 0 trains gru/hidden=16/seed-1.
        Path unit = run.resolve("gru/hidden=16/seed-1");
        await("shard 0 trains past its first checkpoint", () -> Files.exists(unit.resolve("checkpoint/latest.ckpt"))
                && !Files.exists(unit.resolve("test.json")));
        assertThat(command(slurm, "scancel", array + "_0").status()).isZero();
        await("the merge job ends", () -> command(slurm, "squeue", "--noheader", "--jobs=" + merge).text().isBlank());

        Path logs = run.resolve("sweep/logs");
        assertThat(Files.readString(logs.resolve("shard-0.exit"))).isEqualTo("shard=0/4 status=143\n");
        CommandResult status = Launcher.run(slurm, "sweep", "status", run.toString());
        assertThat(status.out()).containsPattern("(?m)^    0  gru hidden=16 seed 1  failed +exit status 143: ")
                .contains("4 task(s): 3 done, 0 running, 0 waiting, 1 failed");
        assertThat(Files.readString(run.resolve("results.md"))).contains("## Missing")
                .contains("| gru hidden=16 seed 1 | not tested: training stopped at step")
                .contains("shard 0/4 stopped on SIGTERM (exit status 143) after writing a checkpoint");
        assertThat(Files.readString(logs.resolve("merge.log"))).contains("1 task(s) without test results yet");

        CommandResult missing = Launcher.run(slurm, append(sweep, "--missing"));
        assertThat(missing.status()).as(missing.err()).isZero();
        assertThat(missing.out()).contains("1 shard(s) with a task not done: [0]");
        String again = find("submitted merge job (\\d+)", missing.out());
        await("the second merge job ends", () -> command(slurm, "squeue", "--noheader", "--jobs=" + again).text()
                .isBlank());

        assertThat(Files.readString(logs.resolve("shard-0.log"))).contains("gru hidden=16 seed 1: resumed at step")
                .contains("shard 0/4: exit status 0");
        assertThat(Launcher.run(slurm, "sweep", "status", run.toString()).out())
                .contains("4 task(s): 4 done, 0 running, 0 waiting, 0 failed");
        assertThat(Files.readString(run.resolve("results.md"))).doesNotContain("## Missing")
                .contains("| gru hidden=16 | 2 | 150 |");
    }

    private static String find(String pattern, String text) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private static String[] append(String[] arguments, String more) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add(more);
        return all.toArray(String[]::new);
    }

    /** A condition checked until it holds. */
    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Condition condition) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.holds()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private record Output(int status, String text) {}

    private static Output command(Map<String, String> environment, String... command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> variables = new HashMap<>(environment);
        builder.environment().putAll(variables);
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Output(process.exitValue(), text);
    }
}
