package io.github.rnnmem.experiments.evaluation;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.io.RecordJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model's scores on a split, as written to {@code test.json}; see {@link Scores} for the
 * definitions, which the file repeats for its readers.
 *
 * @param crossEntropy the article's cross entropy: mean over sequences of per-sequence means
 * @param crossEntropyPerCharacter mean over all known positions
 * @param accuracyMasked hits over known positions
 * @param accuracyArticle hits over known and {@code <unknown>} positions (the article's)
 * @param counts what was scored
 */
public record TestMetrics(
        double crossEntropy,
        double crossEntropyPerCharacter,
        double accuracyMasked,
        double accuracyArticle,
        Counts counts) {

    /** What each score means, written beside the scores. */
    private static final Map<String, String> DEFINITIONS = definitions();

    /**
     * What was scored.
     *
     * @param sequences sequences scored
     * @param knownTargets positions whose target is in the vocabulary
     * @param unknownTargets positions whose target is {@code <unknown>}
     * @param hits known positions where the most likely word is the target
     */
    public record Counts(long sequences, long knownTargets, long unknownTargets, long hits) {}

    /**
     * Reads metrics written by {@link #toJson()}; other fields of the file are ignored.
     *
     * @param json the JSON text
     * @return the metrics
     * @throws IllegalArgumentException if the text is not such a JSON object
     */
    public static TestMetrics fromJson(String json) {
        try {
            return RecordJson.fromJson(JsonText.parseObject(json), TestMetrics.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not test metrics: " + JsonText.problem(e), e);
        }
    }

    /**
     * The metrics as a JSON object, with the definitions of the scores.
     *
     * @return the object
     */
    public JsonObject toJson() {
        JsonObject json = RecordJson.toJson(this);
        JsonObject definitions = new JsonObject();
        DEFINITIONS.forEach(definitions::addProperty);
        json.add("definitions", definitions);
        return json;
    }

    private static Map<String, String> definitions() {
        Map<String, String> definitions = new LinkedHashMap<>();
        definitions.put("cross_entropy",
                "mean over test sequences of the mean negative log-likelihood of its known targets (the article's)");
        definitions.put("cross_entropy_per_character", "mean negative log-likelihood over all known targets");
        definitions.put("accuracy_masked", "top-1 hits over known targets (padding and <unknown> excluded)");
        definitions.put("accuracy_article",
                "top-1 hits over all non-padding targets, <unknown> counted as a miss (the article's)");
        return Collections.unmodifiableMap(definitions);
    }
}
