package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.report.RunReport;
import io.github.rnnmem.experiments.report.RunSummary;
import io.github.rnnmem.experiments.run.RunDirectory;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rnnmem report RUN}: draws a run's results table, figures and report again from its files. */
@Command(
        name = "report",
        header = "redraw a run directory's results table, figures and report.html from its files",
        description = "Reads a run directory's files (no model is loaded), writes results.md, figures/ and"
                + " report.html again and prints the results table.",
        footer = "  rnnmem report runs/quickstart")
final class ReportCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(paramLabel = "RUN", description = "a run directory, as 'rnnmem run' writes it")
    private Path root;

    @Inject
    ReportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(root)) {
            throw new BadInputException(root + " does not exist or is not a directory");
        }
        RunDirectory run = new RunDirectory(root);
        RunReport report = new RunReport(RunSummary.load(run));
        report.write(run);
        console.out().print(report.results().text());
        console.out().println("report: " + run.report());
        return 0;
    }
}
