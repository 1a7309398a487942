package io.github.rnnmem.experiments.analysis.suggestions;

import com.google.gson.JsonObject;

/**
 * A word the model suggests at a position, with its probability.
 *
 * @param id the word's output class
 * @param word the word
 * @param probability its softmax probability over all output classes
 */
public record Suggestion(int id, String word, double probability) {

    /**
     * The suggestion as JSON.
     *
     * @return {@code {"word": ..., "probability": ...}}
     */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("word", word);
        json.addProperty("probability", (float) probability);
        return json;
    }
}
