package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.run.ExperimentRunner;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Set;

/** {@code rnnmem run FILE}: the experiment end to end, resumable. */
final class RunCommand implements Command {

    private final Provider<UnitRegistry> units;
    private final Injector injector;

    @Inject
    RunCommand(Provider<UnitRegistry> units, Injector injector) {
        this.units = units;
        this.injector = injector;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String synopsis() {
        return ExperimentArguments.SYNOPSIS + " [--force]";
    }

    @Override
    public String summary() {
        return "build the dataset, train and test every unit, write results and report (resumes when run again)";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--force");
    }

    @Override
    public Set<String> options() {
        return ExperimentArguments.OPTIONS;
    }

    @Override
    public int run(CommandLine line) throws Exception {
        ExperimentConfig config = ExperimentArguments.load(name(), line, units.get());
        ExperimentRunner runner = injector.createChildInjector(new ExperimentModule(config)).getInstance(ExperimentRunner.class);
        return runner.run(line.flag("--force"), "rnnmem " + name() + " " + String.join(" ", line.arguments()));
    }
}
