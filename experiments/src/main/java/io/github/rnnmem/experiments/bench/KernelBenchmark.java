package io.github.rnnmem.experiments.bench;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.text.TextTable;
import io.github.rnnmem.experiments.evaluation.MaskedCrossEntropy;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times the recurrent units against DJL's fused GRU and LSTM kernels on one engine, in one run.
 *
 * <p>Two measurements per unit, each the median of {@code repeats} runs after two warm-up runs:
 * a <em>layer</em> pass (forward and backward of one layer, batch 32 x 100 steps, input 32,
 * hidden 128) and a <em>model step</em> (forward, masked cross entropy and backward of a whole
 * autocomplete model: embedding 32, two layers of 128, 2,000 output classes, batch 32 x 100). The
 * ratios divide by DJL's kernel of the same family (GRU for GRUs, LSTM for the others), measured
 * in the same run, so that the machine's noise mostly cancels.
 */
public final class KernelBenchmark {

    /** Batch, time, input and hidden sizes of the layer pass. */
    static final int BATCH = 32;
    static final int TIME = 100;
    static final int INPUT = 32;
    static final int HIDDEN = 128;
    static final int CLASSES = 2000;

    private final UnitRegistry units;
    private final int repeats;

    /**
     * Creates the benchmark.
     *
     * @param units where the units come from
     * @param repeats timed runs per measurement
     */
    public KernelBenchmark(UnitRegistry units, int repeats) {
        this.units = units;
        this.repeats = repeats;
    }

    /** A unit configuration to time, and the DJL kernel it is compared with. */
    private record Candidate(String label, String unit, Map<String, Object> settings, String baseline) {}

    private static List<Candidate> candidates() {
        return List.of(
                new Candidate("gru: DJL's fused kernel", "gru", Map.of("variant", "fused"), "gru: DJL's fused kernel"),
                new Candidate("gru: article (unrolled)", "gru", Map.of(), "gru: DJL's fused kernel"),
                new Candidate("lstm: DJL's fused kernel", "lstm", Map.of("variant", "fused"), "lstm: DJL's fused kernel"),
                new Candidate("lstm: article on the fused kernel", "lstm", Map.of(), "lstm: DJL's fused kernel"),
                new Candidate("lstm: article (unrolled)", "lstm", Map.of("variant", "article-unrolled"),
                        "lstm: DJL's fused kernel"),
                new Candidate("nested-lstm: depth 2 (unrolled)", "nested-lstm", Map.of(), "lstm: DJL's fused kernel"));
    }

    /**
     * Runs every measurement on one engine and prints a table.
     *
     * @param engineName the engine, such as {@code MXNet}
     * @param out where to print
     */
    public void run(String engineName, PrintStream out) {
        Engine engine = Engine.getEngine(engineName);
        out.printf(Locale.ROOT, "%s %s on %s, OMP_NUM_THREADS %s, median of %d runs%n", engine.getEngineName(),
                engine.getVersion(), Device.cpu(), System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), repeats);
        out.printf(Locale.ROOT, "layer: forward + backward, batch %d x %d steps, input %d, hidden %d%n", BATCH, TIME, INPUT,
                HIDDEN);
        out.printf(Locale.ROOT, "model step: embedding %d, 2 layers of %d, %,d classes, loss and backward, batch %d x %d%n",
                INPUT, HIDDEN, CLASSES, BATCH, TIME);
        Map<String, double[]> times = new LinkedHashMap<>();
        for (Candidate candidate : candidates()) {
            times.put(candidate.label(), new double[] {layerMillis(engineName, candidate), stepMillis(engineName, candidate)});
        }
        TextTable table = new TextTable("unit", "layer", "x DJL kernel", "model step", "x DJL kernel").numeric(1, 2, 3, 4);
        for (Candidate candidate : candidates()) {
            double[] own = times.get(candidate.label());
            double[] baseline = times.get(candidate.baseline());
            table.row(candidate.label(), millis(own[0]), ratio(own[0] / baseline[0]), millis(own[1]),
                    ratio(own[1] / baseline[1]));
        }
        out.print(table.render(0));
    }

    private double layerMillis(String engine, Candidate candidate) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            RecurrentUnitProvider provider = units.get(candidate.unit()).provider();
            Block layer = provider.newLayer(INPUT, provider.hyperparameters().resolve(settings(candidate)));
            Shape shape = new Shape(BATCH, TIME, INPUT);
            layer.initialize(manager, DataType.FLOAT32, shape);
            ParameterStore store = new ParameterStore(manager, false);
            return Timing.median(repeats, () -> {
                NDArray x = manager.randomUniform(-1, 1, shape);
                x.setRequiresGradient(true);
                long started = System.nanoTime();
                try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                    collector.backward(layer.forward(store, new NDList(x), true).head().sum());
                }
                x.getGradient().sum().getFloat();
                return (System.nanoTime() - started) / 1e6;
            });
        }
    }

    private double stepMillis(String engine, Candidate candidate) {
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            RecurrentUnitProvider provider = units.get(candidate.unit()).provider();
            AutocompleteModel model = new ModelFactory(INPUT, provider, provider.hyperparameters().resolve(settings(candidate)),
                    2, CLASSES).build();
            Shape shape = new Shape(BATCH, TIME);
            model.initialize(manager, DataType.FLOAT32, shape);
            ParameterStore store = new ParameterStore(manager, false);
            return Timing.median(repeats, () -> {
                NDArray ids = manager.randomInteger(1, AutocompleteModel.INPUT_SYMBOLS, shape, DataType.INT32);
                NDArray targets = manager.randomInteger(2, CLASSES, shape, DataType.INT32);
                NDArray mask = manager.ones(shape);
                long started = System.nanoTime();
                try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                    NDArray logits = model.forward(store, new NDList(ids), true).head();
                    collector.backward(MaskedCrossEntropy.loss(logits, targets, mask));
                }
                model.embeddingParameter().getArray().getGradient().sum().getFloat();
                return (System.nanoTime() - started) / 1e6;
            });
        }
    }

    private static Map<String, Object> settings(Candidate candidate) {
        Map<String, Object> settings = new LinkedHashMap<>(candidate.settings());
        settings.put("hidden", HIDDEN);
        return settings;
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
