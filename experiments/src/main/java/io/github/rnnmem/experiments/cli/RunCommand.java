package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.run.ExperimentRunner;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rnnmem run FILE}: the experiment end to end, resumable. */
@Command(
        name = "run",
        header = "build the dataset, train, test and analyse every unit, write results and report (resumes when run"
                + " again)",
        description = {
            "Builds or reuses the dataset, trains and tests every unit with every seed, runs the analyses"
                + " (suggestions, connectivity, accuracy given known characters, memory profiles), writes the run"
                + " directory (the file's 'output') and prints the results table.",
            "Run it again after a kill and it resumes every unfinished unit from its last checkpoint. A unit"
                + " whose training settings are unchanged is reused, so adding a unit trains only that unit and"
                + " changing 'analysis' re-runs only the analyses; a unit whose training changed is retrained, and"
                + " the run says why."},
        footer = {
            "  rnnmem run experiments/quickstart.yaml",
            "  rnnmem run experiments/quickstart.yaml --corpus path/to/text",
            "  rnnmem run experiments/quickstart.yaml --set training.max_steps=100",
            "  rnnmem run experiments/quickstart.yaml --set 'units[0].hidden=64'"})
final class RunCommand implements Callable<Integer> {

    private final Provider<UnitRegistry> units;
    private final Injector injector;

    @Mixin
    private ExperimentArguments arguments;

    @Option(names = "--force",
            description = "trains every unit from the start, discarding its checkpoints and results (the dataset"
                    + " cache is kept) (default: reuse what still applies)")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Inject
    RunCommand(Provider<UnitRegistry> units, Injector injector) {
        this.units = units;
        this.injector = injector;
    }

    @Override
    public Integer call() throws Exception {
        ExperimentConfig config = arguments.load(units.get());
        ExperimentRunner runner = injector.createChildInjector(new ExperimentModule(config)).getInstance(ExperimentRunner.class);
        return runner.run(force, CommandTree.PROGRAM + " " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
    }
}
