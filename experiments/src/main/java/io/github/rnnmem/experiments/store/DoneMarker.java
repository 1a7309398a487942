package io.github.rnnmem.experiments.store;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.io.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The mark that a unit's work is done, {@code done.json} in its directory: written atomically once
 * the unit is trained, tested and analysed, with the key of what that work was (its training
 * identity, how long it trains, the analyses and their settings). A later run or shard that finds
 * the mark with the key it would compute skips the unit without loading it; any other mark, or
 * none, means the work is to be done (or checked) again. Clearing the unit's directory removes it.
 */
public final class DoneMarker {

    private DoneMarker() {}

    /**
     * Marks a unit done.
     *
     * @param unit the unit's directory
     * @param key what was done, as {@link io.github.rnnmem.experiments.store.RunTask#doneKey()} says
     * @param steps the steps trained
     * @throws IOException if the file cannot be written
     */
    public static void write(UnitDirectory unit, String key, long steps) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("key", key);
        json.addProperty("steps", steps);
        AtomicFiles.writeString(unit.done(), Json.pretty(json));
    }

    /**
     * Whether a unit is marked done with a key.
     *
     * @param unit the unit's directory
     * @param key the key of the work wanted
     * @return true when {@code done.json} holds that key; false when it is missing, damaged or
     *     holds another
     */
    public static boolean holds(UnitDirectory unit, String key) {
        return read(unit).filter(json -> json.has("key") && key.equals(json.get("key").getAsString())).isPresent();
    }

    /**
     * The steps a unit marked done was trained.
     *
     * @param unit the unit's directory
     * @return the steps, or empty when there is no readable mark
     */
    public static Optional<Long> steps(UnitDirectory unit) {
        return read(unit).filter(json -> json.has("steps")).map(json -> json.get("steps").getAsLong());
    }

    private static Optional<JsonObject> read(UnitDirectory unit) {
        if (!Files.isRegularFile(unit.done())) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonText.parseObject(Files.readString(unit.done(), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
