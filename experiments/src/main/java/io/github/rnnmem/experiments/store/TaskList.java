package io.github.rnnmem.experiments.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.GridSetting;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every task of a run, as {@code tasks.json} records them for readers without the experiment's
 * code (the report, {@code sweep status}): written when the run directory is prepared, in the
 * experiment's order (units in their order, then the grid's points, then seeds).
 *
 * @param configHash the hash of the experiment the tasks belong to
 * @param severalSeeds whether every unit is trained with several seeds
 * @param tasks the tasks, in the experiment's order
 */
public record TaskList(String configHash, boolean severalSeeds, List<RunTask> tasks) {

    /**
     * The order shards take tasks in: by directory, so that where a task goes depends on the tasks
     * there are, never on how the experiment file lists them.
     */
    public static final Comparator<RunTask> SHARD_ORDER = Comparator.comparing(RunTask::directory);

    /** Copies the tasks. */
    public TaskList {
        tasks = List.copyOf(tasks);
    }

    /**
     * The tasks in the order shards take them ({@link #SHARD_ORDER}).
     *
     * @return the tasks sorted by {@link RunTask#directory()}
     */
    public List<RunTask> inShardOrder() {
        return tasks.stream().sorted(SHARD_ORDER).toList();
    }

    /**
     * The JSON form.
     *
     * @return the text of {@code tasks.json}
     */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("config_hash", configHash);
        json.addProperty("several_seeds", severalSeeds);
        JsonArray list = new JsonArray();
        for (RunTask task : tasks) {
            JsonObject item = new JsonObject();
            item.addProperty("directory", task.directory());
            item.addProperty("label", task.label());
            item.addProperty("unit", task.unit());
            item.addProperty("position", task.position());
            JsonObject setting = new JsonObject();
            task.setting().values().forEach(setting::addProperty);
            item.add("setting", setting);
            item.addProperty("seed", task.seed());
            item.addProperty("done", task.doneKey());
            list.add(item);
        }
        json.add("tasks", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
    }

    /**
     * Writes the list unless the file already holds it.
     *
     * @param file {@code tasks.json}
     * @throws IOException if the file cannot be written
     */
    public void write(Path file) throws IOException {
        String text = toJson();
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            AtomicFiles.writeString(file, text);
        }
    }

    /**
     * Reads a run directory's task list.
     *
     * @param file {@code tasks.json}
     * @return the list, or empty when the run directory has none (written before this version)
     * @throws BadInputException naming the file when it cannot be read or is damaged
     */
    public static Optional<TaskList> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            List<RunTask> tasks = new ArrayList<>();
            for (JsonElement element : json.getAsJsonArray("tasks")) {
                JsonObject item = element.getAsJsonObject();
                Map<String, String> setting = new LinkedHashMap<>();
                item.getAsJsonObject("setting").entrySet()
                        .forEach(e -> setting.put(e.getKey(), e.getValue().getAsString()));
                tasks.add(new RunTask(item.get("directory").getAsString(), item.get("label").getAsString(),
                        item.get("unit").getAsString(), item.get("position").getAsInt(), new GridSetting(setting),
                        item.get("seed").getAsInt(), item.get("done").getAsString()));
            }
            return Optional.of(new TaskList(json.get("config_hash").getAsString(), json.get("several_seeds").getAsBoolean(),
                    tasks));
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new BadInputException(file + " is damaged: " + JsonText.problem(e), e);
        }
    }

    /**
     * A task's directory in a run directory.
     *
     * @param run the run directory
     * @param task one of its tasks
     * @return the task's unit directory
     */
    public static UnitDirectory directory(RunDirectory run, RunTask task) {
        return new UnitDirectory(run.root().resolve(task.directory()), task.label(), task.seed());
    }
}
