package io.github.rnnmem.experiments.store;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.model.ParameterCounts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one trained unit is, as written to its directory's {@code model.json} so that reports can
 * be drawn from the run directory alone.
 *
 * @param position the unit's place in the experiment's list, from 0
 * @param label the unit's label
 * @param unit the unit's name
 * @param seed the training seed
 * @param layers the number of stacked layers
 * @param embedding the embedding size
 * @param settings the unit's resolved hyperparameters
 * @param parameters the parameter counts in the article's columns
 */
public record ModelDescription(
        int position, String label, String unit, int seed, int layers, int embedding, Map<String, Object> settings,
        ParameterCounts parameters) {

    /** Copies the settings, keeping their order. */
    public ModelDescription {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /**
     * The JSON form.
     *
     * @return the JSON text
     */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("position", position);
        json.addProperty("label", label);
        json.addProperty("unit", unit);
        json.addProperty("seed", seed);
        json.addProperty("layers", layers);
        json.addProperty("embedding", embedding);
        JsonObject values = new JsonObject();
        settings.forEach((key, value) -> values.add(key, value instanceof Number n ? new JsonPrimitive(n)
                : value instanceof Boolean b ? new JsonPrimitive(b) : new JsonPrimitive(String.valueOf(value))));
        json.add("settings", values);
        JsonObject counts = new JsonObject();
        counts.addProperty("embedding", parameters.embedding());
        counts.addProperty("recurrent", parameters.recurrent());
        counts.addProperty("dense", parameters.dense());
        json.add("parameters", counts);
        return Json.pretty(json);
    }

    /**
     * Reads the JSON form.
     *
     * @param text the JSON text
     * @return the description
     * @throws IllegalArgumentException if the text is not a model description
     */
    public static ModelDescription fromJson(String text) {
        try {
            JsonObject json = JsonText.parseObject(text);
            Map<String, Object> settings = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject("settings").entrySet()) {
                JsonPrimitive value = entry.getValue().getAsJsonPrimitive();
                settings.put(entry.getKey(), value.isNumber() ? value.getAsNumber() : value.isBoolean() ? value.getAsBoolean()
                        : value.getAsString());
            }
            JsonObject counts = json.getAsJsonObject("parameters");
            return new ModelDescription(json.get("position").getAsInt(), json.get("label").getAsString(),
                    json.get("unit").getAsString(), json.get("seed").getAsInt(), json.get("layers").getAsInt(),
                    json.get("embedding").getAsInt(), settings, new ParameterCounts(counts.get("embedding").getAsLong(),
                            counts.get("recurrent").getAsLong(), counts.get("dense").getAsLong()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a model description: " + JsonText.problem(e), e);
        }
    }
}
