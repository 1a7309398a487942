package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.Domain;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.Analysis;
import io.github.rnnmem.experiments.config.ConfigSchema;
import io.github.rnnmem.experiments.report.RunReport;
import io.github.rnnmem.experiments.report.RunSummary;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rnnmem report RUN}: draws a run's results table, figures and report again from its files. */
@Command(
        name = "report",
        header = "redraw a run directory's results table, figures and report.html from its files",
        description = {
            "Reads a run directory's files (no model is loaded), writes results.md, figures/ and report.html again and"
                + " prints the results table. The same files give the same bytes. A run directory in use by 'rnnmem"
                + " run' is refused: its results are not complete yet.",
            "It merges whatever has finished, also while the shards of a sweep run: models trained with several seeds"
                + " are shown as mean, standard deviation and 95% interval, curves as their mean with a band; with a"
                + " grid, each unit's best setting is chosen on validation loss; tasks without results are listed with"
                + " why (a failed shard with its exit status and last log line)."},
        footer = {"  rnnmem report runs/quickstart", "  rnnmem report runs/paper --position 106 --position 159"})
final class ReportCommand implements Callable<Integer> {

    private final Console console;
    private final List<Analysis<?>> analyses;

    @Parameters(paramLabel = "RUN", description = "a run directory, as 'rnnmem run' writes it")
    private Path root;

    @Option(names = "--position", paramLabel = "N", converter = Position.class,
            description = "a position of the analysed text to draw as figures/connectivity-<N>.svg and offer as a"
                    + " walkthrough button; repeatable (default: the experiment's report.positions)")
    private List<Integer> positions = new ArrayList<>();

    /** {@code --position}: a character position. */
    static final class Position extends IntegerInRange {
        Position() {
            super("a position", (Domain.IntegerRange) ((Domain.ListOf) ConfigSchema.domain("report.positions")).element());
        }
    }

    @Inject
    ReportCommand(Console console, Set<Analysis<?>> analyses) {
        this.console = console;
        this.analyses = List.copyOf(analyses);
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(root)) {
            throw new BadInputException(root + " does not exist or is not a directory");
        }
        RunDirectory run = new RunDirectory(root);
        try (AutoCloseable lock = run.reportLock()) {
            RunReport report = new RunReport(RunSummary.load(run), analyses, positions);
            console.out().print(report.write(run));
            console.out().println("report: " + run.report());
        }
        return 0;
    }
}
