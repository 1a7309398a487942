package io.github.rnnmem.experiments.store;

import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.io.JsonText;
import io.github.rnnmem.experiments.io.RecordJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit directory's {@code identity.json}: the hash of the unit's training identity, which its
 * checkpoints and results carry, and the identity's parts. The run writes it from its training
 * identity; a reader of the run reads it without the run's code.
 *
 * @param hash the training identity's hash
 * @param parts the canonical text of each part, by name
 */
public record RecordedIdentity(String hash, Map<String, String> parts) {

    /** Copies the parts, keeping their order. */
    public RecordedIdentity {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /**
     * The dataset the unit was trained on.
     *
     * @return the SHA-256 of the dataset's key, as {@code dataset.json} names the run's dataset
     */
    public String dataset() {
        return Digests.sha256(parts.getOrDefault("dataset", ""));
    }

    /**
     * The JSON text, as {@code identity.json} holds it.
     *
     * @return the text
     */
    public String toJson() {
        return Json.pretty(RecordJson.toJson(this));
    }

    /**
     * Reads the text of an {@code identity.json}.
     *
     * @param text the JSON text
     * @return what it records
     * @throws IllegalArgumentException when the text is not such an object
     */
    public static RecordedIdentity fromJson(String text) {
        try {
            return RecordJson.fromJson(JsonText.parseObject(text), RecordedIdentity.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a training identity: " + JsonText.problem(e), e);
        }
    }
}
