package io.github.rnnmem.experiments.analysis;

import com.google.gson.JsonObject;
import java.util.Objects;

/**
 * Which weights a result was computed from: a unit's training identity (the hash of what decides
 * its weights) and the number of steps it was trained. Every result file carries it, so that a
 * result from other weights is never taken for a current one.
 *
 * @param identity the training identity's hash
 * @param steps the optimizer steps of the weights
 */
public record TrainingStamp(String identity, long steps) {

    /** Checks the parts. */
    public TrainingStamp {
        Objects.requireNonNull(identity, "identity");
        if (steps < 0) {
            throw new IllegalArgumentException("negative steps " + steps);
        }
    }

    /**
     * The stamp as JSON.
     *
     * @return {@code {"identity": ..., "steps": ...}}
     */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("identity", identity);
        json.addProperty("steps", steps);
        return json;
    }

    /**
     * Reads a stamp written by {@link #toJson()}.
     *
     * @param json the object
     * @return the stamp
     * @throws IllegalArgumentException when the object is not a stamp
     */
    public static TrainingStamp fromJson(JsonObject json) {
        try {
            return new TrainingStamp(json.get("identity").getAsString(), json.get("steps").getAsLong());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a training stamp: " + json, e);
        }
    }
}
