package io.github.rnnmem.experiments.evaluation;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.io.JsonText;
import java.util.Locale;

/**
 * A model's scores on a split, as written to {@code test.json}; see {@link Scores} for the
 * definitions.
 *
 * @param crossEntropy the article's cross entropy: mean over sequences of per-sequence means
 * @param crossEntropyPerCharacter mean over all known positions
 * @param maskedAccuracy hits over known positions
 * @param articleAccuracy hits over known and {@code <unknown>} positions (the article's)
 * @param sequences sequences scored
 * @param knownPositions positions whose target is in the vocabulary
 * @param unknownPositions positions whose target is {@code <unknown>}
 * @param hits known positions where the most likely word is the target
 */
public record TestMetrics(
        double crossEntropy,
        double crossEntropyPerCharacter,
        double maskedAccuracy,
        double articleAccuracy,
        long sequences,
        long knownPositions,
        long unknownPositions,
        long hits) {

    /**
     * Reads metrics written by {@link #toJson()}.
     *
     * @param json the JSON text
     * @return the metrics
     * @throws IllegalArgumentException if the text is not such a JSON object
     */
    public static TestMetrics fromJson(String json) {
        try {
            JsonObject object = JsonText.parseObject(json);
            JsonObject counts = object.getAsJsonObject("counts");
            return new TestMetrics(
                    object.get("cross_entropy").getAsDouble(),
                    object.get("cross_entropy_per_character").getAsDouble(),
                    object.get("accuracy_masked").getAsDouble(),
                    object.get("accuracy_article").getAsDouble(),
                    counts.get("sequences").getAsLong(),
                    counts.get("known_targets").getAsLong(),
                    counts.get("unknown_targets").getAsLong(),
                    counts.get("hits").getAsLong());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not test metrics: " + JsonText.problem(e), e);
        }
    }

    /**
     * The metrics as a JSON object.
     *
     * @return the JSON text, one field per line
     */
    public String toJson() {
        return String.format(Locale.ROOT, """
                {
                  "cross_entropy": %.6f,
                  "cross_entropy_per_character": %.6f,
                  "accuracy_masked": %.6f,
                  "accuracy_article": %.6f,
                  "definitions": {
                    "cross_entropy": "mean over test sequences of the mean negative log-likelihood of its known targets (the article's)",
                    "cross_entropy_per_character": "mean negative log-likelihood over all known targets",
                    "accuracy_masked": "top-1 hits over known targets (padding and <unknown> excluded)",
                    "accuracy_article": "top-1 hits over all non-padding targets, <unknown> counted as a miss (the article's)"
                  },
                  "counts": {
                    "sequences": %d,
                    "known_targets": %d,
                    "unknown_targets": %d,
                    "hits": %d
                  }
                }
                """, crossEntropy, crossEntropyPerCharacter, maskedAccuracy, articleAccuracy, sequences,
                knownPositions, unknownPositions, hits);
    }
}
