package io.github.rnnmem.experiments.analysis.connectivity;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.analysis.AnalysedText;
import io.github.rnnmem.experiments.analysis.suggestions.Suggestion;
import io.github.rnnmem.experiments.analysis.suggestions.SuggestionsAnalysis;
import java.util.List;

/**
 * Connectivity at one position {@code t} of a text: the suggestions there, the word whose score was
 * differentiated with its probability and rank at {@code t}, and the row. All of it depends on the
 * characters {@code 0..t} and the scored word only.
 *
 * @param position {@code t}
 * @param suggestions the top words at {@code t}, most probable first
 * @param scored the word whose score was differentiated, with its probability at {@code t} (may be
 *     {@code <unknown>} when the text's own target is outside the vocabulary)
 * @param scoredRank the scored word's place among the words at {@code t} (see {@link
 *     io.github.rnnmem.experiments.analysis.suggestions.WordDistribution#rank}), 0 for {@code
 *     <unknown>}, which is not ranked
 * @param row the connectivity to every input position of the text, zero after {@code t}
 */
public record PositionConnectivity(int position, List<Suggestion> suggestions, Suggestion scored, int scoredRank,
        float[] row) {

    /** Copies the list and the row. */
    public PositionConnectivity {
        suggestions = List.copyOf(suggestions);
        row = row.clone();
    }

    @Override
    public float[] row() {
        return row.clone();
    }

    /**
     * One entry of the row.
     *
     * @param tau an input position
     * @return the connectivity of the output at {@code t} to the input at {@code tau}
     */
    public float at(int tau) {
        return row[tau];
    }

    /**
     * The position as an entry of {@code connectivity.json}: the fields of a suggestions position,
     * then {@code scored}, {@code scored_probability}, {@code scored_rank} and {@code
     * connectivity}.
     *
     * @param text the analysed text this position belongs to
     * @return the object
     */
    public JsonObject toJson(AnalysedText text) {
        JsonObject json = SuggestionsAnalysis.position(text, position, suggestions);
        json.addProperty("scored", scored.word());
        json.addProperty("scored_probability", (float) scored.probability());
        json.addProperty("scored_rank", scoredRank);
        JsonArray values = new JsonArray(row.length);
        for (float value : row) {
            values.add(value);
        }
        json.add("connectivity", values);
        return json;
    }
}
