package io.github.rnnmem.experiments.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.github.rnnmem.api.RecurrentUnitProvider;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ConfigSchema;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.text.TextTable;
import io.github.rnnmem.experiments.training.TrainingStep;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * Times every unit of a size against DJL's fused kernels and against a plain DJL model, and every
 * step-by-step layer against its floor, on one engine, in one run.
 *
 * <p>Per unit: a <em>layer pass</em> (forward and backward of the first layer on {@code (B, T,
 * E)}) and a <em>training step</em> (forward, masked cross entropy, backward and Adam's update of
 * the whole model, as training runs it). Every measurement takes its turn in each round ({@link
 * Timing#interleaved}), so the machine's slow spells fall on all of them, and the ratios divide
 * by the peer measured in the same rounds: DJL's kernel of the unit's family on the same shapes
 * (the unit's {@code fused} variant in rnnmem's model), and {@link PlainDjlModel} of that family.
 */
final class StepBenchmark {

    private static final long SEED = 7;

    private final UnitRegistry units;
    private final int repeats;

    StepBenchmark(UnitRegistry units, int repeats) {
        this.units = units;
        this.repeats = repeats;
    }

    /**
     * Times one size on one engine and prints its tables.
     *
     * @param engine the engine's name
     * @param size the size
     * @param out where to print
     */
    void run(String engine, BenchSize size, PrintStream out) {
        out.println(size.describe() + String.format(Locale.ROOT, "; median of %d interleaved rounds", repeats));
        List<BenchUnit> timed = withPeers(size.units());
        Batch batch = SyntheticBatch.of(size, SEED);
        Map<String, PlainDjlModel> plain = new LinkedHashMap<>();
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), engine)) {
            Map<String, DoubleSupplier> runs = new LinkedHashMap<>();
            Map<String, Block> firstLayers = new LinkedHashMap<>();
            for (BenchUnit unit : timed) {
                Block layer = layer(manager, unit, size);
                firstLayers.put(unit.key(), layer);
                runs.put(layerKey(unit), () -> layerPass(manager, layer, size));
                runs.put(stepKey(unit), trainingStep(manager, unit, size, batch));
                String plainKey = plainKey(unit);
                if (!plain.containsKey(plainKey)) {
                    PlainDjlModel model = new PlainDjlModel(engine, unit.family(), size, unit.hidden(), unit.layers());
                    plain.put(plainKey, model);
                    runs.put(plainKey, () -> model.step(batch));
                }
            }
            for (BenchUnit unit : timed) {
                if (unit.unrolled()) {
                    Shape state = new Shape(size.batch(), unit.hidden());
                    runs.computeIfAbsent(elementwiseKey(unit), key -> LayerFloor.elementwiseChain(manager, state));
                    runs.computeIfAbsent(productKey(unit), key -> LayerFloor.productChain(manager, state));
                }
            }
            Map<String, Double> times = Timing.interleaved(repeats, 2, runs);
            printSteps(timed, times, out);
            printFloors(manager, size, timed, firstLayers, times, out);
        } finally {
            plain.values().forEach(PlainDjlModel::close);
        }
    }

    private static List<BenchUnit> withPeers(List<BenchUnit> units) {
        Map<String, BenchUnit> timed = new LinkedHashMap<>();
        for (BenchUnit unit : units) {
            timed.putIfAbsent(unit.peer().key(), unit.peer());
            timed.putIfAbsent(unit.key(), unit);
        }
        return new ArrayList<>(timed.values());
    }

    private void printSteps(List<BenchUnit> timed, Map<String, Double> times, PrintStream out) {
        TextTable table = new TextTable("unit", "shape", "layer", "x DJL kernel", "training step", "x DJL kernel",
                "x plain DJL model").numeric(2, 3, 4, 5, 6);
        for (BenchUnit unit : timed) {
            double layer = times.get(layerKey(unit));
            double step = times.get(stepKey(unit));
            table.row(unit.label(), unit.shape(), millis(layer), ratio(layer / times.get(layerKey(unit.peer()))), millis(step),
                    ratio(step / times.get(stepKey(unit.peer()))), ratio(step / times.get(plainKey(unit))));
        }
        for (BenchUnit unit : timed) {
            String key = plainKey(unit);
            if (times.containsKey(key) && unit.equals(unit.peer())) {
                table.row("plain DJL model: " + unit.family(), unit.shape(), "", "", millis(times.get(key)), "", ratio(1));
            }
        }
        out.print(table.render(0));
    }

    private void printFloors(NDManager manager, BenchSize size, List<BenchUnit> timed, Map<String, Block> layers,
            Map<String, Double> times, PrintStream out) {
        TextTable table = new TextTable("unrolled layer", "shape", "operators/step", "us/operator", "GFLOP/s at step shapes",
                "floor", "layer", "x floor").numeric(2, 3, 4, 5, 6, 7);
        for (BenchUnit unit : timed) {
            if (!unit.unrolled()) {
                continue;
            }
            Block layer = layers.get(unit.key());
            LayerFloor floor = LayerFloor.of(LayerFloor.operatorsPerStep(manager, layer, size.batch(), size.embedding()),
                    times.get(elementwiseKey(unit)), times.get(productKey(unit)), layer, size, unit.hidden());
            double pass = times.get(layerKey(unit));
            table.row(unit.label(), unit.shape(), String.format(Locale.ROOT, "%.0f", floor.operatorsPerStep()),
                    String.format(Locale.ROOT, "%.0f", floor.operatorMicros()),
                    String.format(Locale.ROOT, "%.1f", floor.productGflops()), millis(floor.millis()), millis(pass),
                    ratio(pass / floor.millis()));
        }
        out.println("floor of each step-by-step layer pass: T x (operators per step x cost per operator + FLOPs per step"
                + " / product rate), measured in the same rounds; a split into p parts counts p operators");
        out.print(table.render(0));
    }

    private Block layer(NDManager manager, BenchUnit unit, BenchSize size) {
        RecurrentUnitProvider provider = units.get(unit.unit()).provider();
        Block layer = provider.newLayer(size.embedding(), provider.hyperparameters().resolve(unit.settings()));
        layer.initialize(manager, DataType.FLOAT32, new Shape(size.batch(), size.time(), size.embedding()));
        return layer;
    }

    private static double layerPass(NDManager manager, Block layer, BenchSize size) {
        NDArray x = manager.randomUniform(-1, 1, new Shape(size.batch(), size.time(), size.embedding()));
        x.setRequiresGradient(true);
        ParameterStore store = new ParameterStore(manager, false);
        long started = System.nanoTime();
        try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
            collector.backward(layer.forward(store, new NDList(x), true).head().sum());
        }
        x.getGradient().sum().getFloat();
        return Timing.millisSince(started);
    }

    /** A timed training step of rnnmem's model of a unit, as training runs it. */
    private DoubleSupplier trainingStep(NDManager manager, BenchUnit unit, BenchSize size, Batch batch) {
        AutocompleteModel model = model(manager, unit, size);
        return timedSteps(model, new TrainingStep(model, manager, ConfigSchema.defaults(TrainingConfig.class)), batch);
    }

    /**
     * Times training steps of a model: the step, and the wait for its asynchronous updates.
     *
     * @param model the model
     * @param step its training step
     * @param batch the batch every step trains on
     * @return each call runs one step and returns its time in milliseconds
     */
    static DoubleSupplier timedSteps(AutocompleteModel model, TrainingStep step, Batch batch) {
        List<Parameter> parameters = TrainingStep.trainable(model);
        return () -> Timing.millis(() -> {
            step.run(batch);
            Timing.awaitAll(parameters);
        });
    }

    /**
     * The factory of rnnmem's model of a unit at a size.
     *
     * @param units where the unit comes from
     * @param unit the unit
     * @param size the shapes
     * @return the factory
     */
    static ModelFactory factory(UnitRegistry units, BenchUnit unit, BenchSize size) {
        RecurrentUnitProvider provider = units.get(unit.unit()).provider();
        return new ModelFactory(size.embedding(), provider, provider.hyperparameters().resolve(unit.settings()), unit.layers(),
                size.classes());
    }

    private AutocompleteModel model(NDManager manager, BenchUnit unit, BenchSize size) {
        return factory(units, unit, size).initialised(manager, (int) SEED, new Shape(size.batch(), size.time()));
    }

    private static String layerKey(BenchUnit unit) {
        return "layer " + unit.key();
    }

    private static String stepKey(BenchUnit unit) {
        return "step " + unit.key();
    }

    private static String elementwiseKey(BenchUnit unit) {
        return "elementwise chain " + unit.hidden();
    }

    private static String productKey(BenchUnit unit) {
        return "product chain " + unit.hidden();
    }

    /** The plain DJL model of a unit's peer: one per family and shape, whatever the unit's depth. */
    private static String plainKey(BenchUnit unit) {
        return "plain " + unit.peer().key();
    }

    static String millis(double value) {
        return value >= 10_000 ? String.format(Locale.ROOT, "%.1f s", value / 1e3) : String.format(Locale.ROOT, "%.1f ms", value);
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
