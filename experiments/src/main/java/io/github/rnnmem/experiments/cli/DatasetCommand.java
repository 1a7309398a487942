package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.CorpusSource;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.run.RunDirectory;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code rnnmem dataset FILE [--sample N]}: builds (or reuses) an experiment's dataset, prints its
 * statistics and, with {@code --sample}, sequences of the test split with each character's target.
 */
final class DatasetCommand implements Command {

    private final Provider<UnitRegistry> units;
    private final Injector injector;
    private final Console console;

    @Inject
    DatasetCommand(Provider<UnitRegistry> units, Injector injector, Console console) {
        this.units = units;
        this.injector = injector;
        this.console = console;
    }

    @Override
    public String name() {
        return "dataset";
    }

    @Override
    public String synopsis() {
        return ExperimentArguments.SYNOPSIS + " [--sample N]";
    }

    @Override
    public String summary() {
        return "build or reuse an experiment's dataset; print statistics and sample sequences";
    }

    @Override
    public Set<String> options() {
        Set<String> options = new HashSet<>(ExperimentArguments.OPTIONS);
        options.add("--sample");
        return options;
    }

    @Override
    public int run(CommandLine line) {
        int samples = line.value("--sample").map(DatasetCommand::sampleCount).orElse(0);
        ExperimentConfig config = ExperimentArguments.load(name(), line, units.get());
        Injector experiment = injector.createChildInjector(new ExperimentModule(config));
        AutocompleteDataset dataset = DatasetCache.loadOrBuild(experiment.getInstance(CorpusSource.class),
                experiment.getInstance(TaskSettings.class), experiment.getInstance(RunDirectory.class).data(),
                experiment.getInstance(ProgressReporter.class), console::warn);
        console.out().println(experiment.getInstance(CorpusSource.class).describe());
        console.out().print(dataset.statistics().toTable());
        if (samples > 0) {
            console.out().println();
            console.out().print(dataset.renderSamples(Split.TEST, samples));
        }
        return 0;
    }

    private static int sampleCount(String text) {
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("rnnmem dataset: --sample expects a number of sequences >= 0, got \"" + text + "\"");
    }
}
