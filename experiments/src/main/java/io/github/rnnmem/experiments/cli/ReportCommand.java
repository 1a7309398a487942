package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.report.RunReport;
import io.github.rnnmem.experiments.report.RunSummary;
import io.github.rnnmem.experiments.run.RunDirectory;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code rnnmem report RUN}: draws a run's results table, figures and report again from its files. */
final class ReportCommand implements Command {

    private final Console console;

    @Inject
    ReportCommand(Console console) {
        this.console = console;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String synopsis() {
        return "RUN";
    }

    @Override
    public String summary() {
        return "redraw a run directory's results table, figures and report.html from its files";
    }

    @Override
    public int run(CommandLine line) throws Exception {
        Path root = Path.of(line.single(name(), "run directory RUN"));
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
