package io.github.rnnmem.experiments.serve;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.rnnmem.api.NearestNames;
import io.github.rnnmem.experiments.analysis.TypedText;
import io.github.rnnmem.experiments.analysis.connectivity.TargetWord;
import io.github.rnnmem.experiments.io.JsonText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request to analyse a text, read from its JSON body and checked: {@code {"text": "...",
 * "positions": [n, ...], "target": "word", "units": ["label", ...]}}; only {@code text} is
 * required. Positions count from 0; negative ones from the end ({@code -1} is the last character).
 *
 * <p>Every problem is answered with its status ({@link HttpProblem}): malformed JSON, a field of
 * the wrong type or not known (with the nearest known one), a text with no letters, positions
 * outside the text, an unknown unit (with the nearest labels), a target outside a unit's
 * vocabulary (with the nearest words): 400; a text longer than the limit: 413.
 *
 * @param text the text as given and as analysed
 * @param positions the positions whose connectivity is wanted, from 0, without repeats
 * @param target the word named as the target, as given, or empty
 * @param units the units asked, in the server's order when none were named
 * @param fields the body's fields, for requests with more of them
 */
record AnalyzeRequest(TypedText text, List<Integer> positions, Optional<String> target, List<ServedUnit> units,
        JsonObject fields) {

    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

    /** The fields of an analysis request. */
    static final Set<String> FIELDS = Set.of("text", "positions", "target", "units");

    /**
     * Reads a body.
     *
     * @param body the request body, UTF-8
     * @param known the fields a body may have: {@link #FIELDS} and perhaps more
     * @param served the units served
     * @param maxChars the longest text accepted
     * @return the request
     * @throws HttpProblem for a body that cannot be used
     */
    static AnalyzeRequest read(byte[] body, Set<String> known, ServedUnits served, int maxChars) throws HttpProblem {
        JsonObject json = object(body);
        for (String field : json.keySet()) {
            if (!known.contains(field)) {
                List<String> nearest = NearestNames.nearest(field, known).map(List::of).orElse(List.of());
                throw new HttpProblem(400, "unknown field \"" + field + "\"" + nearest.stream().map(n -> "; did you mean "
                        + n + "?").findFirst().orElse("") + " (fields: " + String.join(", ", sorted(known)) + ")", nearest,
                        Map.of());
            }
        }
        TypedText text = text(string(json, "text").orElseThrow(() -> new HttpProblem(400, "text: missing; expected"
                + " {\"text\": \"...\"}")), maxChars);
        int length = text.text().length();
        Set<Integer> positions = new LinkedHashSet<>();
        JsonArray given = array(json, "positions");
        for (int i = 0; i < given.size(); i++) {
            int position = integer(given.get(i), "positions[" + i + "]");
            int t = position < 0 ? length + position : position;
            if (t < 0 || t >= length) {
                throw new HttpProblem(400, String.format(Locale.ROOT, "positions[%d]: %d is outside the text, which has %d"
                        + " characters (0 to %d, or -1 to -%d from the end)", i, position, length, length - 1, length));
            }
            positions.add(t);
        }
        Optional<String> target = string(json, "target").filter(word -> !word.isBlank());
        List<ServedUnit> units = new ArrayList<>();
        JsonArray labels = array(json, "units");
        if (json.has("units") && labels.isEmpty()) {
            throw new HttpProblem(400, "units: expected at least one label (units: " + String.join(", ", served.labels())
                    + "), or no field for all");
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = string(labels.get(i), "units[" + i + "]");
            Optional<ServedUnit> unit = served.find(label);
            if (unit.isEmpty()) {
                List<String> nearest = NearestNames.nearest(label, served.labels()).map(List::of).orElse(List.of());
                throw new HttpProblem(400, "units[" + i + "]: no unit is labelled \"" + label + "\"" + nearest.stream()
                        .map(n -> "; did you mean " + n + "?").findFirst().orElse("") + " (units: "
                        + String.join(", ", served.labels()) + ")", nearest, Map.of());
            }
            if (!units.contains(unit.get())) {
                units.add(unit.get());
            }
        }
        return new AnalyzeRequest(text, List.copyOf(positions), target, units.isEmpty() ? served.all() : units, json);
    }

    /**
     * What each unit is asked.
     *
     * @return per unit, its query, in order
     * @throws HttpProblem when the target is outside a unit's vocabulary
     */
    Map<ServedUnit, UnitQuery> queries() throws HttpProblem {
        Map<ServedUnit, UnitQuery> queries = new LinkedHashMap<>();
        for (ServedUnit unit : units) {
            Optional<TargetWord> word = Optional.empty();
            if (target.isPresent()) {
                word = TargetWord.find(target.get(), unit.vocabulary());
                if (word.isEmpty()) {
                    throw new HttpProblem(400, "target: " + TargetWord.refusal(target.get(), unit.vocabulary())
                            .replaceFirst(" is not in the vocabulary", " is not in the vocabulary of " + unit.label()),
                            TargetWord.nearest(target.get(), unit.vocabulary()), Map.of());
                }
            }
            queries.put(unit, new UnitQuery(text.text(), positions, word));
        }
        return queries;
    }

    /**
     * A further field of the body: a whole number.
     *
     * @param name the field
     * @return its value, or empty when the body has none
     * @throws HttpProblem when it is not a whole number
     */
    Optional<Integer> integerField(String name) throws HttpProblem {
        return fields.has(name) && !fields.get(name).isJsonNull()
                ? Optional.of(integer(fields.get(name), name)) : Optional.empty();
    }

    /**
     * A further field of the body: a text.
     *
     * @param name the field
     * @return its value, or empty when the body has none
     * @throws HttpProblem when it is not a string
     */
    Optional<String> stringField(String name) throws HttpProblem {
        return string(fields, name);
    }

    private static JsonObject object(byte[] body) throws HttpProblem {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new HttpProblem(400, "the body is not UTF-8 text");
        }
        JsonElement json;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            json = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new HttpProblem(400, "the body is not valid JSON: more follows the first value");
            }
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // The reader's messages carry the line and column, which the problem keeps.
            throw new HttpProblem(400, "the body " + JsonText.problem(new JsonSyntaxException(e)).substring(3));
        }
        if (!json.isJsonObject()) {
            throw new HttpProblem(400, "expected a JSON object such as {\"text\": \" parts of north af\"}, got " + kind(json));
        }
        return json.getAsJsonObject();
    }

    /**
     * Reads a text as the units read it, within the limit.
     *
     * @param raw the text as given
     * @param maxChars the longest text accepted, given and normalised
     * @return the text
     * @throws HttpProblem 413 for a text over the limit, 400 for one without letters
     */
    static TypedText text(String raw, int maxChars) throws HttpProblem {
        if (raw.length() > maxChars) {
            throw new HttpProblem(413, String.format(Locale.ROOT, "text: %,d characters, more than the limit of %,d"
                    + " (rnnmem serve --max-chars)", raw.length(), maxChars));
        }
        TypedText text;
        try {
            text = TypedText.of(raw);
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(400, "text: " + e.getMessage());
        }
        if (text.text().length() > maxChars) {
            throw new HttpProblem(413, String.format(Locale.ROOT, "text: %,d characters once normalised (digits are"
                    + " spelled out), more than the limit of %,d (rnnmem serve --max-chars)", text.text().length(), maxChars));
        }
        return text;
    }

    private static Optional<String> string(JsonObject json, String name) throws HttpProblem {
        if (!json.has(name) || json.get(name).isJsonNull()) {
            return Optional.empty();
        }
        return Optional.of(string(json.get(name), name));
    }

    private static String string(JsonElement element, String name) throws HttpProblem {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            return element.getAsString();
        }
        throw new HttpProblem(400, name + ": expected a string, got " + kind(element));
    }

    private static JsonArray array(JsonObject json, String name) throws HttpProblem {
        if (!json.has(name) || json.get(name).isJsonNull()) {
            return new JsonArray();
        }
        if (!json.get(name).isJsonArray()) {
            throw new HttpProblem(400, name + ": expected an array, got " + kind(json.get(name)));
        }
        return json.getAsJsonArray(name);
    }

    private static int integer(JsonElement element, String name) throws HttpProblem {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive number = element.getAsJsonPrimitive();
            try {
                return number.getAsBigDecimal().intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new HttpProblem(400, name + ": expected a whole number, got " + number);
            }
        }
        throw new HttpProblem(400, name + ": expected a whole number, got " + kind(element));
    }

    private static String kind(JsonElement element) {
        if (element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        return primitive.isString() ? "the string " + primitive : primitive.isBoolean() ? primitive.toString()
                : "the number " + primitive;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
