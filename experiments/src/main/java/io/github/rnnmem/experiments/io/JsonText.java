package io.github.rnnmem.experiments.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON files of a run, with problems said in the user's terms: where the text stops
 * being JSON, or that the object lacks what it should hold, never the JSON library's own advice or
 * class names.
 */
public final class JsonText {

    private static final Pattern PLACE = Pattern.compile("line (\\d+) column (\\d+)");

    private JsonText() {}

    /**
     * Parses a JSON object.
     *
     * @param text the text
     * @return the object
     * @throws IllegalArgumentException with {@link #problem} as its message when the text is not a
     *     JSON object
     */
    public static JsonObject parseObject(String text) {
        JsonElement element;
        try {
            element = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(problem(e), e);
        }
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException("it is not a JSON object");
        }
        return element.getAsJsonObject();
    }

    /**
     * What a failure to read a JSON text, or to find what an object should hold, means for a
     * person.
     *
     * @param failure what the JSON library or the reading code threw
     * @return {@code "it is not valid JSON (line 3, column 7)"}, or {@code "it lacks a field or holds
     *     one of the wrong type"}
     */
    public static String problem(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current.getMessage() != null && current.getMessage().startsWith("it ")) {
                return current.getMessage();
            }
            if (current instanceof JsonParseException) {
                Matcher place = PLACE.matcher(String.valueOf(current.getMessage()));
                return place.find() ? "it is not valid JSON (line " + place.group(1) + ", column " + place.group(2) + ")"
                        : "it is not valid JSON";
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return "it lacks a field or holds one of the wrong type";
    }
}
