package io.github.rnnmem.experiments.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** Pretty-printed JSON, the way every JSON file of a run directory is written. */
public final class Json {

    private Json() {}

    /**
     * Renders JSON with two-space indentation and a final newline.
     *
     * @param json the element
     * @return the text
     */
    public static String pretty(JsonElement json) {
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(json) + "\n";
    }
}
