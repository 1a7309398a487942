package io.github.rnnmem.experiments.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.github.rnnmem.api.Hyperparameter;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ConfigSchema;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.config.GridPoint;
import io.github.rnnmem.experiments.config.TrainingConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import io.github.rnnmem.experiments.model.AutocompleteModel;
import io.github.rnnmem.experiments.model.ModelFactory;
import io.github.rnnmem.experiments.model.ParameterCounts;
import io.github.rnnmem.experiments.model.StepCost;
import io.github.rnnmem.experiments.run.ModelPlans;
import io.github.rnnmem.experiments.settings.SchemaRow;
import io.github.rnnmem.experiments.settings.YamlWriter;
import io.github.rnnmem.experiments.text.TextTable;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rnnmem describe FILE}: validates an experiment and prints, per model, the article's
 * parameter columns and the estimated cost of one training step; {@code --schema} prints every
 * setting an experiment file accepts.
 */
@Command(
        name = "describe",
        header = "check an experiment; print its models' parameters and the cost of a training step",
        description = {
            "Checks an experiment file and prints, per model, the article's parameter columns (units, layers,"
                + " depth, embedding, recurrent, dense) and the estimated work (GFLOP) and tensor memory of one"
                + " training step.",
            "With a 'grid', every point is checked first; every model (a unit with one setting of the grid) gets its"
                + " rows, named by its setting, and the count of tasks (models x seeds) and their estimated work in"
                + " all are printed.",
            "With --schema, prints every key an experiment file accepts: type, range, default, meaning."},
        footer = {
            "  rnnmem describe experiments/paper.yaml",
            "  rnnmem describe experiments/quickstart.yaml --set 'units[0].hidden=600'",
            "  rnnmem describe experiments/sweep.yaml",
            "  rnnmem describe --schema"})
final class DescribeCommand implements Callable<Integer> {

    private static final double MEGABYTE = 1e6;
    private static final int SCHEMA_CELL = 40;

    private final Provider<UnitRegistry> units;
    private final Console console;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Subject subject;

    /** What to describe: an experiment, or the settings every experiment file accepts. */
    static final class Subject {

        @ArgGroup(exclusive = false, multiplicity = "1")
        private ExperimentArguments arguments;

        @Option(names = "--schema", required = true,
                description = "prints every key an experiment file accepts instead (default: describe FILE)")
        private boolean schema;
    }

    @Inject
    DescribeCommand(Provider<UnitRegistry> units, Console console) {
        this.units = units;
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintStream out = console.out();
        if (subject.schema) {
            TextTable table = new TextTable("key", "type", "range", "default", "meaning");
            for (SchemaRow row : ConfigSchema.describe()) {
                table.row(row.path(), row.type(), row.range(), abbreviated(row.defaultValue()), row.meaning());
            }
            out.print(table.render(0));
            return 0;
        }
        ExperimentGrid grid = subject.arguments.loadGrid(units.get());
        ExperimentConfig config = grid.first();
        int outputClasses = config.dataset().vocabulary() + 2;
        TrainingConfig training = config.training();
        out.printf(Locale.ROOT, "experiment %s (config hash %s), engine %s, device %s, output %s%n", config.name(),
                config.configHash().substring(0, 12), config.engine().djlName(), config.device(), config.output());
        out.printf(Locale.ROOT, "dataset: max_length %d, vocabulary %,d (%,d output classes if the corpus has that many"
                + " words), split %s, seed %d%n", config.dataset().maxLength(), config.dataset().vocabulary(),
                outputClasses, config.dataset().split().asList(), config.seed());
        out.printf(Locale.ROOT, "training: %s, %s, seeds %s%n%n", YamlWriter.inline(training.weightDecidingSettings()),
                training.maxSteps().isPresent() ? "at most " + training.maxSteps().getAsInt() + " steps"
                        : training.epochs().orElse(TrainingConfig.DEFAULT_EPOCHS) + " epochs",
                config.trainingSeeds());
        if (grid.isGrid()) {
            out.printf(Locale.ROOT, "grid: %d point(s), each of the settings above with:%n", grid.points().size());
            grid.points().forEach(point -> out.println("  " + point.label()));
            out.println();
        }

        TextTable parameters = new TextTable("model", "unit", "units", "layers", "depth", "embedding", "recurrent", "dense",
                "total", "other settings").numeric(2, 3, 5, 6, 7, 8);
        TextTable costs = new TextTable("model", "GFLOP", "parameters + Adam", "logits", "recurrent", "total")
                .numeric(1, 2, 3, 4, 5);
        Set<String> described = new HashSet<>();
        double sweepFlops = 0;
        boolean stepsKnown = true;
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), Engine.getEngine(config.engine().djlName()).getEngineName())) {
            for (GridPoint point : grid.points()) {
                ExperimentConfig pointConfig = point.config();
                for (int position = 0; position < pointConfig.units().size(); position++) {
                    UnitConfig unit = pointConfig.units().get(position);
                    String setting = point.setting(position).label();
                    String name = setting.isEmpty() ? unit.label() : unit.label() + " " + setting;
                    if (!described.add(name)) {
                        continue;
                    }
                    ModelFactory factory = ModelPlans.factory(pointConfig, unit, units.get(), outputClasses);
                    AutocompleteModel model = factory.build();
                    model.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
                    ParameterCounts counts = ParameterCounts.of(model);
                    Map<String, Object> settings = unit.hyperparameters().asMap();
                    parameters.row(name, unit.unit(), unit.hidden(), unit.layers(),
                            settings.containsKey("depth") ? settings.get("depth") : "-",
                            count(counts.embedding()), count(counts.recurrent()), count(counts.dense()),
                            count(counts.total()), otherSettings(settings));
                    TrainingConfig pointTraining = pointConfig.training();
                    StepCost cost = StepCost.estimate(counts, pointTraining.batchSize(), config.dataset().maxLength(),
                            pointConfig.model().embedding(), factory.gateWidth(model), outputClasses);
                    costs.row(name, String.format(Locale.ROOT, "%,.0f", cost.flops() / 1e9),
                            megabytes(cost.parameterBytes()), megabytes(cost.logitsBytes()),
                            megabytes(cost.recurrentBytes()), megabytes(cost.totalBytes()));
                    model.getParameters().values().forEach(p -> p.getArray().close());
                    stepsKnown &= pointTraining.maxSteps().isPresent();
                    sweepFlops += cost.flops() * pointTraining.maxSteps().orElse(0) * pointConfig.trainingSeeds().size();
                }
            }
        }
        out.print(parameters.render(0));
        out.printf(Locale.ROOT, "%none training step (batch %d x %d characters), estimated: floating-point operations and"
                + " tensor memory%n", training.batchSize(), config.dataset().maxLength());
        out.print(costs.render(0));
        if (grid.isGrid()) {
            out.printf(Locale.ROOT, "%n%d task(s): %d model(s) x %d seed(s)%s%n", described.size()
                            * config.trainingSeeds().size(), described.size(), config.trainingSeeds().size(),
                    stepsKnown ? String.format(Locale.ROOT, ", about %,.0f TFLOP of training in all (at max_steps)",
                            sweepFlops / 1e12) : "; their training work depends on the dataset (epochs)");
        }
        return 0;
    }

    private static String abbreviated(String text) {
        return text.length() <= SCHEMA_CELL ? text : text.substring(0, SCHEMA_CELL - 3) + "...";
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / MEGABYTE);
    }

    private static String otherSettings(Map<String, Object> settings) {
        return settings.entrySet().stream()
                .filter(e -> !e.getKey().equals(Hyperparameter.HIDDEN.key()) && !e.getKey().equals("depth"))
                .map(e -> e.getKey() + ": " + YamlWriter.inline(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
