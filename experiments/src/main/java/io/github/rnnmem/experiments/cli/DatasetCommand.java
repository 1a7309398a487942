package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.Domain;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.CorpusSource;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.wiring.Console;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rnnmem dataset FILE [--sample N]}: builds (or reuses) an experiment's dataset, prints its
 * statistics and, with {@code --sample}, sequences of the test split with each character's target.
 */
@Command(
        name = "dataset",
        header = "build or reuse an experiment's dataset; print statistics and sample sequences",
        description = {
            "Builds or reuses an experiment's dataset (in the run directory's data/) and prints where the corpus"
                + " comes from and the task's statistics: characters, words, vocabulary coverage, <unknown> targets"
                + " and sequences per split.",
            "With --sample N, also shows N test sequences with the target word of every character."},
        footer = {
            "  rnnmem dataset experiments/quickstart.yaml",
            "  rnnmem dataset experiments/quickstart.yaml --corpus path/to/text --sample 3"})
final class DatasetCommand implements Callable<Integer> {

    private final Provider<UnitRegistry> units;
    private final Injector injector;
    private final Console console;

    @Mixin
    private ExperimentArguments arguments;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "0", converter = SampleCount.class,
            description = "shows N sequences of the test split with the target word of every character"
                    + " (default: ${DEFAULT-VALUE})")
    private int samples;

    /** {@code --sample}: a count of sequences. */
    static final class SampleCount extends IntegerInRange {
        SampleCount() {
            super("a number of sequences", new Domain.IntegerRange(0, Integer.MAX_VALUE));
        }
    }

    @Inject
    DatasetCommand(Provider<UnitRegistry> units, Injector injector, Console console) {
        this.units = units;
        this.injector = injector;
        this.console = console;
    }

    @Override
    public Integer call() {
        Injector experiment = injector.createChildInjector(new ExperimentModule(arguments.loadGrid(units.get())));
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
}
