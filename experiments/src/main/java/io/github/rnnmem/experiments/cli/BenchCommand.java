package io.github.rnnmem.experiments.cli;

import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.bench.ConnectivityBenchmark;
import io.github.rnnmem.experiments.bench.KernelBenchmark;
import io.github.rnnmem.experiments.data.DatasetBenchmark;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rnnmem bench}: the units against DJL's fused kernels on each engine; with {@code
 * --dataset DIR}, building the task from 10^8 characters of the text in DIR instead.
 */
@Command(
        name = "bench",
        header = "time the units against DJL's fused kernels, or the dataset build on 10^8 characters",
        description = {
            "Times every unit against DJL's own fused GRU and LSTM kernels in one run, per engine, and prints the"
                + " ratios: a layer pass (forward and backward of one layer) and a model step (forward, loss and"
                + " backward of a whole autocomplete model), each the median of --repeat runs.",
            "With --dataset DIR, instead builds the task from 10^8 characters of the text in DIR and prints build"
                + " time, peak heap, cache load time and batch assembly time."},
        footer = {
            "  rnnmem bench",
            "  rnnmem bench --engine pytorch --repeat 5",
            "  rnnmem bench --connectivity --engine mxnet --repeat 3",
            "  rnnmem bench --dataset path/to/text"})
final class BenchCommand implements Callable<Integer> {

    private static final long DATASET_CHARACTERS = 100_000_000L;
    /** The engines timed, as DJL names them. */
    private static final List<String> DEFAULT_ENGINES = List.of("MXNet", "PyTorch");

    private final Provider<UnitRegistry> units;
    private final Console console;

    @Option(names = "--engine", paramLabel = "ENGINE", converter = EngineName.class, completionCandidates = EngineNames.class,
            description = "times on this engine only: ${COMPLETION-CANDIDATES} (default: both)")
    private String engine;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "9", converter = RepeatCount.class,
            description = "timed runs per measurement, after two warm-up runs (default: ${DEFAULT-VALUE})")
    private int repeats;

    @Option(names = "--dataset", paramLabel = "DIR", converter = ExistingPath.class,
            description = "times building the task from 10^8 characters of the text in DIR instead of the units"
                    + " (default: time the units)")
    private Path dataset;

    @Option(names = "--connectivity",
            description = "times connectivity on the article's text instead: one backward pass per row, full-length"
                    + " copies and prefix-cut copies packed into passes of several sizes (default: time the units)")
    private boolean connectivity;

    @Inject
    BenchCommand(Provider<UnitRegistry> units, Console console) {
        this.units = units;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (dataset != null) {
            DatasetBenchmark.run(dataset, DATASET_CHARACTERS, Path.of(System.getProperty("java.io.tmpdir")), console.out());
            return 0;
        }
        List<String> engines = engine == null ? DEFAULT_ENGINES : List.of(engine);
        for (String name : engines) {
            if (connectivity) {
                new ConnectivityBenchmark(units.get(), repeats).run(name, console.out());
            } else {
                new KernelBenchmark(units.get(), repeats).run(name, console.out());
            }
            console.out().println();
        }
        return 0;
    }

    /** {@code --repeat}: a count of timed runs. */
    static final class RepeatCount extends IntegerInRange {
        RepeatCount() {
            super("a number of runs", 1, 1000);
        }
    }

    /** {@code --engine}: one of the engines the benchmark knows, in any case, as DJL spells it. */
    static final class EngineName implements ITypeConverter<String> {
        @Override
        public String convert(String name) {
            for (String known : DEFAULT_ENGINES) {
                if (known.equalsIgnoreCase(name)) {
                    return known;
                }
            }
            throw new TypeConversionException("expects " + String.join(" or ", new EngineNames()) + ", got \"" + name + "\"");
        }
    }

    /** The engines the benchmark knows, in lower case, for the help and the completion script. */
    static final class EngineNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DEFAULT_ENGINES.stream().map(name -> name.toLowerCase(Locale.ROOT)).iterator();
        }
    }

    /** {@code --dataset}: a file or directory that exists. */
    static final class ExistingPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path path = Path.of(text);
            if (!Files.exists(path)) {
                throw new TypeConversionException(path + " does not exist");
            }
            return path;
        }
    }
}
