package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.Domain;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.bench.BenchmarkSuite;
import io.github.rnnmem.experiments.bench.ConnectivityBenchmark;
import io.github.rnnmem.experiments.bench.ServeBenchmark;
import io.github.rnnmem.experiments.data.DatasetBenchmark;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.serve.ServedUnits;
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
 * {@code rnnmem bench}: the performance measurements of each engine (see {@link BenchmarkSuite});
 * with {@code --quick}, the mid size, the start of the connectivity text and one step of the article's
 * GRU on the default engine; with {@code --connectivity},
 * {@code --article} or {@code --dataset DIR}, one part only.
 */
@Command(
        name = "bench",
        header = "measure speed and memory: the units against DJL's kernels, a plain DJL model and their floors",
        description = {
            "Times, per engine and in one run, every unit's layer pass and training step against DJL's own fused GRU"
                + " and LSTM kernels and against a plain DJL model of the same shapes, at the quickstart's size and a"
                + " mid size; each step-by-step layer against its floor (its operators at the engine's cost per"
                + " operator plus its FLOPs at the engine's product rate); connectivity of the article's text; and the"
                + " article's size (training step, test batch, output layer and peak memory against the bound of their"
                + " FLOPs and against the plain DJL model). Measurements take turns round after round, and every ratio"
                + " divides two of them.",
            "--quick measures the mid size, the start of the connectivity text and one step of the article's GRU on"
                + " the default engine, in a few minutes. --dataset DIR instead builds the task from 10^8 characters"
                + " of the text in DIR. --serve RUN instead serves the run's units on the loopback and times, for one"
                + " client, the suggestions after each keystroke of ~200-character texts, the connectivity of each"
                + " newly selected position, and all rows of a text (p50 and p99)."},
        footer = {
            "  rnnmem bench --quick",
            "  rnnmem bench",
            "  rnnmem bench --engine pytorch --repeat 5",
            "  rnnmem bench --article --engine mxnet",
            "  rnnmem bench --connectivity --engine mxnet --repeat 3",
            "  rnnmem bench --dataset path/to/text",
            "  rnnmem bench --serve runs/quickstart"})
final class BenchCommand implements Callable<Integer> {

    private static final long DATASET_CHARACTERS = 100_000_000L;
    /** The engines timed, as DJL names them; the first is the default. */
    private static final List<String> DEFAULT_ENGINES = List.of("MXNet", "PyTorch");
    private static final int QUICK_REPEATS = 3;
    private static final int FULL_REPEATS = 7;
    private static final int SERVE_QUEUE = 8;

    private final Provider<UnitRegistry> units;
    private final Injector injector;
    private final Console console;

    @Option(names = "--engine", paramLabel = "ENGINE", converter = EngineName.class, completionCandidates = EngineNames.class,
            description = "measures on this engine only: ${COMPLETION-CANDIDATES} (default: both; with --quick, mxnet)")
    private String engine;

    @Option(names = "--repeat", paramLabel = "N", converter = RepeatCount.class,
            description = "timed rounds per measurement, after two warm-up rounds (default: " + FULL_REPEATS + "; with"
                    + " --quick " + QUICK_REPEATS + "; at the article's size 1, after one)")
    private Integer repeats;

    @Option(names = "--quick",
            description = "the mid size, the start of the connectivity text and one step of the article's GRU, default"
                    + " engine only (default: everything)")
    private boolean quick;

    @Option(names = "--article", description = "the article's size only (default: everything)")
    private boolean article;

    @Option(names = "--dataset", paramLabel = "DIR", converter = ExistingPath.class,
            description = "times building the task from 10^8 characters of the text in DIR instead (default: the units)")
    private Path dataset;

    @Option(names = "--serve", paramLabel = "RUN", converter = ExistingPath.class,
            description = "times rnnmem serve over the run's units instead: keystrokes, newly selected positions and all"
                    + " rows of ~200-character texts, one client, p50 and p99; --repeat is the number of texts typed"
                    + " (default: the units)")
    private Path serve;

    @Option(names = "--connectivity",
            description = "connectivity of the article's text only: one backward pass per row, full-length copies and"
                    + " prefix-cut copies packed into passes of several sizes (default: everything)")
    private boolean connectivity;

    @Inject
    BenchCommand(Provider<UnitRegistry> units, Injector injector, Console console) {
        this.units = units;
        this.injector = injector;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (serve != null) {
            try (ServedUnits served = ServedUnits.load(ServedRuns.of(List.of(serve), units.get(), injector), List.of(),
                    SERVE_QUEUE, console::warn)) {
                new ServeBenchmark(repeats != null ? repeats : QUICK_REPEATS, injector.getInstance(ProgressReporter.class))
                        .run(served, console.out());
            }
            return 0;
        }
        if (dataset != null) {
            DatasetBenchmark.run(dataset, DATASET_CHARACTERS, Path.of(System.getProperty("java.io.tmpdir")), console.out());
            return 0;
        }
        List<String> engines = engine != null ? List.of(engine) : quick ? DEFAULT_ENGINES.subList(0, 1) : DEFAULT_ENGINES;
        for (String name : engines) {
            if (connectivity) {
                new ConnectivityBenchmark(units.get(), repeats(), Integer.MAX_VALUE).run(name, console.out());
            } else if (article) {
                new BenchmarkSuite(units.get(), repeats == null ? 1 : repeats, false).runArticle(name, console.out());
            } else {
                new BenchmarkSuite(units.get(), repeats(), quick).run(name, console.out());
            }
            console.out().println();
        }
        return 0;
    }

    private int repeats() {
        return repeats != null ? repeats : quick ? QUICK_REPEATS : FULL_REPEATS;
    }

    /** {@code --repeat}: a count of timed runs. */
    static final class RepeatCount extends IntegerInRange {
        RepeatCount() {
            super("a number of runs", new Domain.IntegerRange(1, 1000));
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
