package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.run.ExperimentRunner;
import io.github.rnnmem.experiments.store.Shard;
import io.github.rnnmem.experiments.wiring.ExperimentModule;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
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
                + " the run says why.",
            "With a 'grid' in the file, every combination of its values is trained: each unit with each setting and"
                + " seed is a task, in RUN/<label>/<setting>/. With --shard I/N it works on the I-th of N slices of"
                + " the tasks, beside other shards on the same run directory (each task is locked while a shard works"
                + " on it), and writes no report: 'rnnmem report RUN' merges what is finished. On SIGTERM it writes a"
                + " checkpoint at the end of the batch it trains and exits with status 143; run again to resume."},
        footer = {
            "  rnnmem run experiments/quickstart.yaml",
            "  rnnmem run experiments/quickstart.yaml --corpus path/to/text",
            "  rnnmem run experiments/quickstart.yaml --set training.max_steps=100",
            "  rnnmem run experiments/quickstart.yaml --set 'units[0].hidden=64'",
            "  rnnmem run experiments/sweep.yaml --shard 0/4"})
final class RunCommand implements Callable<Integer> {

    private final Provider<UnitRegistry> units;
    private final Injector injector;

    @Mixin
    private ExperimentArguments arguments;

    @Option(names = "--force",
            description = "trains every unit from the start, discarding its checkpoints and results (the dataset"
                    + " cache is kept) (default: reuse what still applies)")
    private boolean force;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardArgument.class,
            description = "works only on the I-th of N slices of the run's tasks (0 <= I < N; tasks sorted by"
                    + " directory, the i-th in slice i mod N), beside other shards on the same run directory; writes"
                    + " no report (default: every task, then the report)")
    private Shard shard;

    @Option(names = "--prepare",
            description = "only prepares the run directory: records the experiment, builds the dataset, checks every"
                    + " unit's model, lists the tasks; trains nothing (default: train)")
    private boolean prepare;

    /** {@code --shard}: a slice of the tasks. */
    static final class ShardArgument implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String text) {
            try {
                return Shard.parse(text);
            } catch (BadInputException e) {
                throw new TypeConversionException("expects I/N with 0 <= I < N, such as 0/4, got \"" + text + "\"");
            }
        }
    }

    @Spec
    private CommandSpec spec;

    @Inject
    RunCommand(Provider<UnitRegistry> units, Injector injector) {
        this.units = units;
        this.injector = injector;
    }

    @Override
    public Integer call() throws Exception {
        if (prepare && shard != null) {
            throw new ParameterException(spec.commandLine(), "--prepare and --shard exclude each other: the shards"
                    + " prepare the run directory themselves when no job did");
        }
        ExperimentGrid grid = arguments.loadGrid(units.get());
        ExperimentRunner runner =
                injector.createChildInjector(new ExperimentModule(grid)).getInstance(ExperimentRunner.class);
        String command = CommandTree.PROGRAM + " " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return runner.run(new ExperimentRunner.Request(force, Optional.ofNullable(shard), prepare, command));
    }
}
