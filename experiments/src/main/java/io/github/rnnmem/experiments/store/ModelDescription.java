package io.github.rnnmem.experiments.store;

import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.io.RecordJson;
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
        return Json.pretty(RecordJson.toJson(this));
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
            return RecordJson.fromJson(JsonText.parseObject(text), ModelDescription.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a model description: " + JsonText.problem(e), e);
        }
    }
}
