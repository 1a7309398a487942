package io.github.rnnmem.experiments.serve;

import ai.djl.Device;
import ai.djl.engine.Engine;
import io.github.rnnmem.api.NearestNames;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.analysis.TrainedUnit;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.ExperimentGrid;
import io.github.rnnmem.experiments.model.DeviceNames;
import io.github.rnnmem.experiments.report.RunSummary;
import io.github.rnnmem.experiments.report.UnitSummary;
import io.github.rnnmem.experiments.run.TaskPlan;
import io.github.rnnmem.experiments.run.TrainedUnits;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.colour.UnitColours;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The trained units a server serves, loaded from one or more run directories, each with its worker.
 *
 * <p>A unit's label is its directory in its run ({@code gru}, {@code gru/seed-7} when the run trains
 * several seeds, {@code gru/hidden=256/seed-7} in a grid); with several runs, the run's name comes first ({@code quickstart/gru}): the
 * experiments' names, or the directories' names where two experiments share a name.
 */
public final class ServedUnits implements AutoCloseable {

    private final Map<String, ServedUnit> units;

    private ServedUnits(Map<String, ServedUnit> units) {
        this.units = units;
    }

    /**
     * A run whose units to serve.
     *
     * @param directory the run directory
     * @param grid the experiment its {@code experiment.yaml} records, with every grid point
     * @param registry the unit registry
     * @param engine the engine to compute on
     * @param device the device to compute on
     */
    public record Run(RunDirectory directory, ExperimentGrid grid, UnitRegistry registry, Engine engine, Device device) {}

    /**
     * Loads the trained units of runs and starts their workers.
     *
     * @param runs the runs, in order
     * @param labels the labels to serve; empty for every unit
     * @param queue how many requests may wait per unit
     * @param warnings receives a line for each damaged file passed over
     * @return the units, in the runs' order and each run's order
     * @throws BadInputException for an unknown label, runs that cannot be told apart, or a unit
     *     that is not trained (see {@link TrainedUnits#load})
     */
    public static ServedUnits load(List<Run> runs, List<String> labels, int queue, Consumer<String> warnings) {
        List<String> names = runNames(runs);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            TaskPlan plan = TaskPlan.layout(run.grid(), run.directory());
            for (TaskPlan.Task task : plan.tasks()) {
                String own = task.record().directory();
                String label = runs.size() > 1 ? names.get(r) + "/" + own : own;
                candidates.put(label, new Candidate(run, names.get(r), task, plan.name(task)));
            }
        }
        List<String> chosen = labels.isEmpty() ? List.copyOf(candidates.keySet()) : checked(labels, candidates.keySet());
        List<Colour> colours = UnitColours.assign(chosen.stream().map(label -> candidates.get(label).task().unit().unit()).toList());
        Map<String, EngineLane> lanes = new HashMap<>();
        Map<RunDirectory, List<UnitSummary>> summaries = new HashMap<>();
        Map<String, ServedUnit> loaded = new LinkedHashMap<>();
        try {
            for (int i = 0; i < chosen.size(); i++) {
                String label = chosen.get(i);
                Candidate candidate = candidates.get(label);
                Run run = candidate.run();
                TaskPlan.Task task = candidate.task();
                ExperimentConfig config = task.config();
                TrainedUnit trained = new TrainedUnits(run.directory(), config, run.registry(), run.engine(), run.device())
                        .load(task.unit(), task.directory(), candidate.name(), OptionalLong.empty(), warnings);
                Optional<UnitSummary> summary = summaries.computeIfAbsent(run.directory(),
                                directory -> RunSummary.load(directory).units()).stream()
                        .filter(s -> s.task().directory().equals(task.record().directory()))
                        .findFirst();
                EngineLane lane = lanes.computeIfAbsent(run.engine().getEngineName(), EngineLane::of);
                UnitSession session = new UnitSession(trained, config.analysis().connectivity(),
                        config.analysis().suggestions().topK(), lane);
                UnitWorker worker = new UnitWorker(label, session, queue);
                loaded.put(label, new ServedUnit(label, candidate.runName(), run.directory().root(), trained, summary,
                        config.analysis().connectivity(), config.analysis().suggestions().topK(),
                        run.engine().getEngineName() + " " + run.engine().getVersion(), DeviceNames.of(run.device()),
                        new UnitTag(label, task.unit().unit(), colours.get(i)), worker));
            }
        } catch (RuntimeException e) {
            new ServedUnits(loaded).close();
            throw e;
        }
        return new ServedUnits(loaded);
    }

    /** The runs' names: the experiments' names, else the directories' names, as long as they differ. */
    private static List<String> runNames(List<Run> runs) {
        List<String> experiments = runs.stream().map(run -> run.grid().first().name()).toList();
        if (Set.copyOf(experiments).size() == runs.size()) {
            return experiments;
        }
        List<String> directories = runs.stream()
                .map(run -> run.directory().root().toAbsolutePath().normalize().getFileName().toString()).toList();
        if (Set.copyOf(directories).size() == runs.size()) {
            return directories;
        }
        throw new BadInputException("the runs cannot be told apart: experiments " + String.join(", ", experiments)
                + " in directories named " + String.join(", ", directories) + "; serve runs of different names");
    }

    private static List<String> checked(List<String> labels, Set<String> known) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String label : labels) {
            if (!known.contains(label)) {
                String hint = NearestNames.nearest(label, known).map(n -> "; did you mean " + n + "?").orElse("");
                throw new BadInputException("--unit " + label + ": no unit is labelled so" + hint + " (units: "
                        + String.join(", ", known) + ")");
            }
            chosen.add(label);
        }
        return List.copyOf(chosen);
    }

    /** A unit of a run, before it is loaded. */
    private record Candidate(Run run, String runName, TaskPlan.Task task, String name) {}

    /**
     * The units.
     *
     * @return in order
     */
    List<ServedUnit> all() {
        return List.copyOf(units.values());
    }

    /**
     * A unit by its label.
     *
     * @param label the label
     * @return the unit, or empty
     */
    Optional<ServedUnit> find(String label) {
        return Optional.ofNullable(units.get(label));
    }

    /**
     * The labels.
     *
     * @return in order
     */
    public List<String> labels() {
        return List.copyOf(units.keySet());
    }

    /** Lets every worker finish what it accepted, then frees every unit's arrays. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (ServedUnit unit : units.values()) {
            try {
                unit.worker().close();
                unit.trained().close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
