package io.github.rnnmem.experiments.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.GridSetting;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.store.DatasetSummary;
import io.github.rnnmem.experiments.store.FileLock;
import io.github.rnnmem.experiments.store.ModelDescription;
import io.github.rnnmem.experiments.store.RecordedIdentity;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.RunTask;
import io.github.rnnmem.experiments.store.TaskList;
import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.CheckpointStore;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything a report shows, read from a run directory: the experiment's name and provenance,
 * the dataset summary, every unit's description, training log and test metrics, and the tasks of
 * the experiment that have not started.
 *
 * @param name the experiment's name
 * @param provenance facts from {@code provenance.json}, in file order, as text
 * @param dataset the dataset summary
 * @param units the units started, in the experiment's order (units, then the settings of its grid,
 *     then seeds)
 * @param missing the tasks of the experiment with no unit started yet, in the same order
 */
public record RunSummary(String name, Map<String, String> provenance, DatasetSummary dataset, List<UnitSummary> units,
        List<RunTask> missing) {

    /** Copies the collections. */
    public RunSummary {
        provenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
        units = List.copyOf(units);
        missing = List.copyOf(missing);
    }

    /**
     * Reads a run directory: the tasks its experiment has now ({@code tasks.json}; a directory may
     * also hold units of earlier versions of the experiment, which are left out). A directory
     * written before task lists existed is read from its units' {@code model.json} files.
     *
     * @param run the run directory
     * @return the summary
     * @throws BadInputException when the directory is not a run directory or a file is damaged
     */
    public static RunSummary load(RunDirectory run) {
        Path root = run.root();
        if (!Files.isRegularFile(run.experiment())) {
            throw new BadInputException(root + " is not a run directory (it has no experiment.yaml)");
        }
        DatasetSummary dataset = parse(run.root().resolve("dataset.json"), DatasetSummary::fromJson);
        RecordedExperiment experiment = RecordedExperiment.read(run.experiment());
        Optional<TaskList> tasks = TaskList.read(run.tasks());
        List<UnitSummary> units = new ArrayList<>();
        List<RunTask> missing = new ArrayList<>();
        if (tasks.isPresent()) {
            for (RunTask task : tasks.get().tasks()) {
                Path description = TaskList.directory(run, task).model();
                if (Files.isRegularFile(description)) {
                    units.add(unit(run, description.getParent(), parse(description, ModelDescription::fromJson), task,
                            dataset));
                } else {
                    missing.add(task);
                }
            }
        } else {
            for (Path description : modelDescriptions(root)) {
                ModelDescription model = parse(description, ModelDescription::fromJson);
                if (experiment.trains(model.label(), model.seed())) {
                    RunTask task = new RunTask(root.relativize(description.getParent()).toString(), model.label(),
                            model.unit(), model.position(), GridSetting.NONE, model.seed(), "");
                    units.add(unit(run, description.getParent(), model, task, dataset));
                }
            }
            units.sort(Comparator.comparingInt((UnitSummary u) -> experiment.position(u.model().label()))
                    .thenComparingInt(u -> u.model().seed()));
        }
        return new RunSummary(experiment.name(), provenance(run.provenance()), dataset, units, missing);
    }

    /**
     * Whether units are trained with several seeds.
     *
     * @return true when some model has more than one seed among the tasks
     */
    public boolean severalSeeds() {
        return java.util.stream.Stream.concat(units.stream().map(UnitSummary::task), missing.stream())
                .map(RunTask::seed).distinct().count() > 1;
    }

    /**
     * One unit as its files say, with only what belongs together: test metrics of the weights its
     * identity names, and nothing of a unit trained on another dataset than the run's.
     */
    private static UnitSummary unit(RunDirectory run, Path directory, ModelDescription model, RunTask task,
            DatasetSummary dataset) {
        Optional<RecordedIdentity> identity = identity(directory.resolve("identity.json"));
        Optional<String> trainedOn = identity.map(RecordedIdentity::dataset);
        if (dataset.dataset().isPresent() && trainedOn.isPresent() && !trainedOn.equals(dataset.dataset())) {
            return new UnitSummary(model, task, List.of(), Optional.empty(), Optional.empty(),
                    "out of date: trained on an earlier dataset (run again to retrain)", false);
        }
        Path failure = directory.resolve("failure.txt");
        Optional<String> why = Files.exists(failure) ? Optional.of(read(failure).strip()) : Optional.empty();
        List<TrainingLog.Row> log = new TrainingLog(directory.resolve("training.csv")).rows();
        Path test = directory.resolve("test.json");
        Optional<TestMetrics> metrics = Files.exists(test) && testedWith(test, identity)
                ? Optional.of(parse(test, TestMetrics::fromJson)) : Optional.empty();
        if (metrics.isPresent()) {
            return new UnitSummary(model, task, log, metrics, why, "", true);
        }
        if (beingTrained(run, directory)) {
            long step = log.isEmpty() ? 0 : log.get(log.size() - 1).step();
            return new UnitSummary(model, task, log, metrics, why, String.format(Locale.ROOT,
                    "being trained now (step %,d)", step), true);
        }
        return new UnitSummary(model, task, log, metrics, why, untested(directory, why.isPresent(), log), true);
    }

    /** Whether a process (a shard of a sweep) holds the unit now. */
    private static boolean beingTrained(RunDirectory run, Path directory) {
        try {
            return FileLock.heldElsewhere(run.unitLock(new UnitDirectory(directory, "", 0)));
        } catch (IOException e) {
            return false;
        }
    }

    /** Why a unit has no test metrics, as its files tell. */
    private static String untested(Path directory, boolean diverged, List<TrainingLog.Row> log) {
        if (diverged) {
            return "failed: diverged (see failure.txt)";
        }
        Optional<CheckpointStore.Progress> progress = new CheckpointStore(directory.resolve("checkpoint")).progress();
        if (progress.isPresent() && progress.get().finished()) {
            return String.format(Locale.ROOT, "not tested: trained %,d steps, test.json is missing (run again)",
                    progress.get().step());
        }
        long step = progress.map(CheckpointStore.Progress::step)
                .orElse(log.isEmpty() ? 0 : log.get(log.size() - 1).step());
        return step == 0 ? "not trained yet (run again)"
                : String.format(Locale.ROOT, "not tested: training stopped at step %,d (run again to resume)", step);
    }

    private static Optional<RecordedIdentity> identity(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(parse(file, RecordedIdentity::fromJson));
    }

    /** Whether a test file was computed from the weights of this identity, as far as its stamp says. */
    private static boolean testedWith(Path test, Optional<RecordedIdentity> identity) {
        JsonObject json = parse(test, JsonText::parseObject);
        if (identity.isEmpty() || !json.has("from") || !json.get("from").isJsonObject()) {
            return true;
        }
        JsonElement stamped = json.getAsJsonObject("from").get("identity");
        return stamped == null || !stamped.isJsonPrimitive() || stamped.getAsString().equals(identity.get().hash());
    }

    private static List<Path> modelDescriptions(Path root) {
        try (Stream<Path> files = Files.find(root, 3, (path, attributes) -> path.getFileName().toString().equals("model.json"))) {
            return files.toList();
        } catch (IOException e) {
            throw new BadInputException("cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> provenance(Path file) {
        Map<String, String> facts = new LinkedHashMap<>();
        if (Files.exists(file)) {
            flatten("", parse(file, JsonText::parseObject), facts);
        }
        return facts;
    }

    private static void flatten(String prefix, JsonElement element, Map<String, String> facts) {
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : ((JsonObject) element).entrySet()) {
                flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), facts);
            }
        } else if (element.isJsonArray() && element.getAsJsonArray().size() > 0
                && element.getAsJsonArray().get(0).isJsonObject()) {
            facts.put(prefix, element.getAsJsonArray().size() + " recorded");
        } else if (!element.isJsonNull()) {
            facts.put(prefix, element.isJsonArray() ? element.toString() : element.getAsString());
        }
    }

    private static <T> T parse(Path file, Function<String, T> parser) {
        try {
            return parser.apply(read(file));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
