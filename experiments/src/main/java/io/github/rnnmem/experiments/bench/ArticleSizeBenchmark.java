package io.github.rnnmem.experiments.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ConfigSchema;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.evaluation.Evaluator;
import io.github.rnnmem.experiments.evaluation.MaskedCrossEntropy;
import io.github.rnnmem.experiments.evaluation.Scores;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.model.ParameterCounts;
import io.github.rnnmem.experiments.model.StepCost;
import io.github.rnnmem.experiments.text.TextTable;
import io.github.rnnmem.experiments.training.TrainingStep;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;

/**
 * Times the article's models ({@link BenchSize#ARTICLE}) unit by unit: a training step, a test
 * batch, the output layer alone and the process's peak resident memory, each against the bound
 * that the engine's product rate puts on its FLOPs, and the training step against {@link
 * PlainDjlModel} of the unit's family at the article's size (two layers of 600: as many recurrent
 * parameters as every article model).
 *
 * <pre>
 *   bound of a step  = FLOPs of the step ({@link StepCost}) / r
 *   bound of a test  = a third of it (forward only)
 *   r                = the rate of the output layer's product (T B / 4, H) x (H, V), forward, the
 *                      fastest of 3 in each round, measured in the same rounds
 *   output layer     = product, bias, log-softmax and loss forward and backward on (B, T, H), and
 *                      its bound 6 B T H V / r
 * </pre>
 *
 * Each measurement runs {@code warmUp} times untimed, then {@code repeats} times; the peak memory
 * is the largest of its timed runs'.
 */
final class ArticleSizeBenchmark {

    private static final long SEED = 11;
    private static final int PLAIN_LAYERS = 2;
    private static final int PRODUCTS = 3;

    private final UnitRegistry units;
    private final int repeats;
    private final int warmUp;
    private final List<BenchUnit> timed;

    /**
     * Creates the benchmark.
     *
     * @param units where the units come from
     * @param repeats timed runs of each measurement
     * @param warmUp untimed runs first
     * @param timed the article's units to measure, from {@link BenchSize#ARTICLE}
     */
    ArticleSizeBenchmark(UnitRegistry units, int repeats, int warmUp, List<BenchUnit> timed) {
        this.units = units;
        this.repeats = repeats;
        this.warmUp = warmUp;
        this.timed = timed;
    }

    /**
     * Times every unit of the article's size on one engine and prints a table.
     *
     * @param engine the engine's name
     * @param out where to print
     */
    void run(String engine, PrintStream out) {
        BenchSize size = BenchSize.ARTICLE;
        out.println(size.describe() + String.format(Locale.ROOT, "; %d untimed run%s, then median of %d", warmUp,
                warmUp == 1 ? "" : "s", repeats));
        Batch batch = SyntheticBatch.of(size, SEED);
        TextTable table = new TextTable("unit", "shape", "training step", "x bound", "x plain DJL model", "test batch", "x bound",
                "output layer share", "output layer x bound", "peak RSS", "plain step", "plain x bound", "plain peak RSS")
                .numeric(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (BenchUnit unit : timed) {
            try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine);
                    PlainDjlModel plain = new PlainDjlModel(engine, unit.family(), size, size.embedding(), PLAIN_LAYERS)) {
                ModelFactory factory = StepBenchmark.factory(units, unit, size);
                AutocompleteModel model = factory.initialised(manager, (int) SEED, new Shape(size.batch(), size.time()));
                Evaluator evaluator = new Evaluator(model, manager);
                Map<String, OptionalLong> peaks = new HashMap<>();
                Map<String, DoubleSupplier> runs = new LinkedHashMap<>();
                runs.put("step", withPeak("step", peaks,
                        StepBenchmark.timedSteps(model, new TrainingStep(model, manager, ConfigSchema.defaults(TrainingConfig.class)), batch)));
                runs.put("plain", withPeak("plain", peaks, () -> plain.step(batch)));
                runs.put("test", () -> Timing.millis(() -> evaluator.score(batch, new Scores())));
                runs.put("output", () -> outputLayer(manager, model, unit, size, batch));
                runs.put("product", () -> product(manager, unit, size));
                Map<String, Double> times = Timing.interleaved(repeats, warmUp, runs);
                double rate = productFlops(unit, size) / times.get("product");
                double bound = StepCost.estimate(ParameterCounts.of(model), size.batch(), size.time(), size.embedding(),
                        factory.gateWidth(model), size.classes()).flops() / rate;
                table.row(unit.label(), unit.shape(), StepBenchmark.millis(times.get("step")),
                        StepBenchmark.ratio(times.get("step") / bound), StepBenchmark.ratio(times.get("step") / times.get("plain")),
                        StepBenchmark.millis(times.get("test")), StepBenchmark.ratio(times.get("test") / (bound / 3)),
                        String.format(Locale.ROOT, "%.0f%%", 100 * times.get("output") / times.get("step")),
                        StepBenchmark.ratio(times.get("output") / (outputFlops(unit, size) / rate)),
                        PeakRss.format(peaks.get("step")), StepBenchmark.millis(times.get("plain")),
                        StepBenchmark.ratio(times.get("plain") / bound), PeakRss.format(peaks.get("plain")));
                out.printf(Locale.ROOT, "  %s: product rate %.1f GFLOP/s, step bound %s%n", unit.label(), rate / 1e6,
                        StepBenchmark.millis(bound));
            }
        }
        out.print(table.render(0));
    }

    private static DoubleSupplier withPeak(String name, Map<String, OptionalLong> peaks, DoubleSupplier run) {
        return () -> {
            PeakRss.reset();
            double time = run.getAsDouble();
            OptionalLong peak = PeakRss.bytes();
            peaks.merge(name, peak, (a, b) -> a.orElse(0) >= b.orElse(0) ? a : b);
            return time;
        };
    }

    private static double outputLayer(NDManager manager, AutocompleteModel model, BenchUnit unit, BenchSize size, Batch batch) {
        Shape shape = new Shape(size.batch(), size.time());
        NDArray hidden = manager.randomUniform(-1, 1, new Shape(size.batch(), size.time(), unit.hidden()));
        hidden.setRequiresGradient(true);
        NDArray targets = manager.create(batch.targets(), shape);
        NDArray mask = manager.create(batch.knownMask(), shape);
        long started = System.nanoTime();
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray logits = model.logits(new ParameterStore(manager, false), hidden, true);
            collector.backward(MaskedCrossEntropy.loss(logits, targets, mask));
        }
        hidden.getGradient().sum().getFloat();
        return Timing.millisSince(started);
    }

    /** The fastest of a few products: the rate the machine can reach. */
    private static double product(NDManager manager, BenchUnit unit, BenchSize size) {
        NDArray input = manager.randomUniform(-1, 1, new Shape(productRows(size), unit.hidden()));
        NDArray weight = manager.randomUniform(-1, 1, new Shape(size.classes(), unit.hidden()));
        double fastest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < PRODUCTS; i++) {
            fastest = Math.min(fastest, Timing.millis(() -> Linear.linear(input, weight).head().sum().getFloat()));
        }
        return fastest;
    }

    private static long productRows(BenchSize size) {
        return (long) size.batch() * size.time() / 4;
    }

    private static double outputFlops(BenchUnit unit, BenchSize size) {
        return 6.0 * size.batch() * size.time() * unit.hidden() * size.classes();
    }

    private static double productFlops(BenchUnit unit, BenchSize size) {
        return 2.0 * productRows(size) * unit.hidden() * size.classes();
    }
}
