package io.github.rnnmem.experiments.store;

import com.google.gson.JsonObject;
import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.io.JsonText;

/**
 * What a unit directory's {@code identity.json} tells a reader of the run: the hash of the unit's
 * training identity, which its checkpoints and results carry, and the dataset it was trained on.
 * The run writes the file from its training identity; this reads it without the run's code.
 *
 * @param hash the training identity's hash
 * @param dataset the SHA-256 of the dataset's key, as {@code dataset.json} names the run's dataset
 */
public record RecordedIdentity(String hash, String dataset) {

    /**
     * Reads the text of an {@code identity.json}: {@code {"hash": ..., "parts": {"dataset": ...,
     * ...}}}.
     *
     * @param text the JSON text
     * @return what it records
     * @throws IllegalArgumentException when the text is not such an object
     */
    public static RecordedIdentity fromJson(String text) {
        try {
            JsonObject json = JsonText.parseObject(text);
            return new RecordedIdentity(json.get("hash").getAsString(),
                    Digests.sha256(json.getAsJsonObject("parts").get("dataset").getAsString()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a training identity: " + JsonText.problem(e), e);
        }
    }
}
