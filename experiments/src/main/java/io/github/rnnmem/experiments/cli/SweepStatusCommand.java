package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.TaskList;
import io.github.rnnmem.experiments.sweep.Slurm;
import io.github.rnnmem.experiments.sweep.SlurmCommands;
import io.github.rnnmem.experiments.sweep.SweepRecord;
import io.github.rnnmem.experiments.sweep.SweepStatus;
import io.github.rnnmem.experiments.text.TextTable;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.Environment;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rnnmem sweep status RUN}: where every task of a run stands. */
@Command(
        name = "status",
        header = "how every task of a run stands: done, running, waiting or failed",
        description = "Lists every task of a run directory (every unit with every setting and seed) with its shard and"
                + " where it stands: done (trained, tested and analysed as the experiment asks), running (a process"
                + " works on it), waiting (queued, not started, or stopped and resuming when run again) or failed (its"
                + " training diverged, or its shard's job ended with an error: its exit status and the log's last"
                + " line). It reads the run directory and, for a sweep submitted to Slurm, squeue; it never needs"
                + " Slurm's accounting.",
        footer = {"  rnnmem sweep status runs/sweep"})
final class SweepStatusCommand implements Callable<Integer> {

    private final Console console;
    private final Environment environment;

    @Parameters(paramLabel = "RUN", description = "a run directory, as 'rnnmem run' or a sweep's jobs write it")
    private Path root;

    @Inject
    SweepStatusCommand(Console console, Environment environment) {
        this.console = console;
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(root)) {
            throw new BadInputException(root + " does not exist or is not a directory");
        }
        RunDirectory run = new RunDirectory(root);
        Optional<SweepRecord> record = SweepRecord.read(run);
        TaskList tasks = TaskList.read(run.tasks()).orElseThrow(() -> new BadInputException(root + " has no task list"
                + " yet: the run has not been prepared" + (record.isPresent()
                        ? " (the sweep's preparing job writes it; see " + run.sweep().resolve("logs/prepare.log") + ")"
                        : "")));
        Optional<List<Slurm.QueuedJob>> queue = Optional.empty();
        if (record.isPresent() && !record.get().submitted().isEmpty() && record.get().scheduler().equals("slurm")) {
            queue = new SlurmCommands(environment.variables())
                    .queue(record.get().submitted().stream().map(SweepRecord.Submission::id).toList());
        }
        SweepStatus status = new SweepStatus(run, tasks, record, queue);
        TextTable table = new TextTable("shard", "task", "state", "detail").numeric(0);
        for (SweepStatus.Line line : status.lines()) {
            table.row(line.shard() < 0 ? "-" : String.valueOf(line.shard()), status.name(line), line.state().label(),
                    line.detail());
        }
        console.out().print(table.render(0));
        Map<SweepStatus.State, Integer> counts = status.counts();
        console.out().printf(Locale.ROOT, "%d task(s): %d done, %d running, %d waiting, %d failed%s%n",
                status.lines().size(), counts.get(SweepStatus.State.DONE), counts.get(SweepStatus.State.RUNNING),
                counts.get(SweepStatus.State.WAITING), counts.get(SweepStatus.State.FAILED),
                queue.isPresent() ? "" : record.map(r -> r.scheduler().equals("slurm") && !r.submitted().isEmpty()
                        ? " (squeue did not answer: states from the run directory alone)" : "").orElse(""));
        return 0;
    }
}
