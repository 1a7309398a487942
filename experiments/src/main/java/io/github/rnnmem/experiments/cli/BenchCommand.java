package io.github.rnnmem.experiments.cli;

import ai.djl.engine.Engine;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.bench.KernelBenchmark;
import io.github.rnnmem.experiments.data.DatasetBenchmark;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code rnnmem bench}: the units against DJL's fused kernels on each engine; with {@code
 * --dataset DIR}, building the task from 10^8 characters of the text in DIR instead.
 */
final class BenchCommand implements Command {

    private static final long DATASET_CHARACTERS = 100_000_000L;

    private final Provider<UnitRegistry> units;
    private final Console console;

    @Inject
    BenchCommand(Provider<UnitRegistry> units, Console console) {
        this.units = units;
        this.console = console;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "[--engine mxnet|pytorch] [--repeat N] | --dataset DIR";
    }

    @Override
    public String summary() {
        return "time the units against DJL's fused kernels, or the dataset build on 10^8 characters";
    }

    @Override
    public Set<String> options() {
        return Set.of("--engine", "--repeat", "--dataset");
    }

    @Override
    public int run(CommandLine line) throws Exception {
        if (!line.positional().isEmpty()) {
            line.single(name(), "no argument");
        }
        if (line.value("--dataset").isPresent()) {
            Path corpus = Path.of(line.value("--dataset").get());
            if (!Files.exists(corpus)) {
                throw new BadInputException("rnnmem bench: --dataset " + corpus + " does not exist");
            }
            DatasetBenchmark.run(corpus, DATASET_CHARACTERS, Path.of(System.getProperty("java.io.tmpdir")), console.out());
            return 0;
        }
        int repeats = line.value("--repeat").map(BenchCommand::repeats).orElse(9);
        List<String> engines = line.value("--engine")
                .map(name -> List.of(engineName(name)))
                .orElse(List.of("MXNet", "PyTorch"));
        KernelBenchmark benchmark = new KernelBenchmark(units.get(), repeats);
        for (String engine : engines) {
            benchmark.run(engine, console.out());
            console.out().println();
        }
        return 0;
    }

    private static String engineName(String name) {
        for (String engine : Engine.getAllEngines()) {
            if (engine.equalsIgnoreCase(name)) {
                return engine;
            }
        }
        throw new BadInputException("rnnmem bench: --engine expects mxnet or pytorch, got \"" + name + "\"");
    }

    private static int repeats(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= 1000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(String.format(Locale.ROOT,
                "rnnmem bench: --repeat expects a number of runs in [1, 1000], got \"%s\"", text));
    }
}
