package io.github.rnnmem.experiments.analysis;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.ConfigSchema;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * An analysis result file: a JSON object whose first fields say what it is ({@code analysis}), what
 * it was computed from ({@code from}: a unit's {@link TrainingStamp}, or a dataset) and with which
 * settings ({@code settings}), followed by the result's own fields.
 *
 * <p>Written atomically, one top-level field per line and one line per element of a list of
 * objects or lists (such as one line per position of a text), so that the files stay readable
 * and diffable however long their rows are.
 */
public final class ResultFile {

    private static final Gson COMPACT = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private ResultFile() {}

    /**
     * Writes a result.
     *
     * @param file the file
     * @param analysis the analysis's name
     * @param from what it was computed from, such as {@link TrainingStamp#toJson()}
     * @param settings the settings it was computed with, in canonical form ({@link #settings})
     * @param body the result's fields
     * @throws IOException if the file cannot be written; an earlier file is then intact
     */
    public static void write(Path file, String analysis, JsonObject from, JsonObject settings, JsonObject body)
            throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysis);
        json.add("from", from);
        json.add("settings", settings);
        body.entrySet().forEach(entry -> json.add(entry.getKey(), entry.getValue()));
        AtomicFiles.writeString(file, format(json));
    }

    /**
     * Reads a result if it was computed from the given source with the given settings.
     *
     * @param file the file
     * @param from the source wanted, as written
     * @param settings the settings wanted, in canonical form
     * @return the whole object, or empty when the file is missing, unreadable or computed otherwise
     */
    public static Optional<JsonObject> readCurrent(Path file, JsonObject from, JsonObject settings) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonObject json = JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            boolean current = from.equals(json.getAsJsonObject("from"))
                    && settings.equals(json.get("settings"));
            return current ? Optional.of(json) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An analysis's settings in canonical form: a JSON object with the YAML's own keys, such as
     * {@code {"top_k": 3, "max_chars": 21, "sequences": 256}}.
     *
     * @param settings the record of the settings
     * @return the object, the result's {@code settings} and its cache key
     */
    public static JsonObject settings(Record settings) {
        return COMPACT.toJsonTree(ConfigSchema.plain(settings)).getAsJsonObject();
    }

    /**
     * Reads a result file.
     *
     * @param file the file
     * @return the whole object
     * @throws BadInputException naming the file when it cannot be read or is not a result
     */
    public static JsonObject read(Path file) {
        try {
            JsonObject json = JsonText.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            if (!json.has("analysis") || !json.has("from")) {
                throw new BadInputException(file + " is not an rnnmem analysis result");
            }
            return json;
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + " is damaged: " + JsonText.problem(e), e);
        }
    }

    /** One top-level field per line; lists of objects or lists one element per line. */
    static String format(JsonObject json) {
        StringBuilder text = new StringBuilder("{\n");
        int remaining = json.size();
        for (Map.Entry<String, JsonElement> entry : json.entrySet()) {
            text.append("  ").append(COMPACT.toJson(entry.getKey())).append(": ");
            JsonElement value = entry.getValue();
            if (value instanceof JsonArray array && !array.isEmpty()
                    && (array.get(0).isJsonObject() || array.get(0).isJsonArray())) {
                text.append("[\n");
                for (int i = 0; i < array.size(); i++) {
                    text.append("    ").append(COMPACT.toJson(array.get(i))).append(i + 1 < array.size() ? ",\n" : "\n");
                }
                text.append("  ]");
            } else {
                text.append(COMPACT.toJson(value));
            }
            text.append(--remaining > 0 ? ",\n" : "\n");
        }
        return text.append("}\n").toString();
    }
}
