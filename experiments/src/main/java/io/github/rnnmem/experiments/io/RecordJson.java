package io.github.rnnmem.experiments.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Records as JSON objects and back, named as the YAML names settings: each component under its
 * name in snake case ({@code crossEntropyPerCharacter} is {@code cross_entropy_per_character}), in
 * declaration order. Components may be numbers, booleans, texts, instants (ISO-8601 text), nested
 * records, lists, maps with text keys, JSON kept as it is ({@link JsonElement}), and optionals of
 * those; an empty optional is left out, and a missing or null key reads as an empty optional.
 */
public final class RecordJson {

    private RecordJson() {}

    /**
     * The JSON key of a record component.
     *
     * @param name the component's name, such as {@code learningRate}
     * @return its name in snake case, such as {@code learning_rate}
     */
    public static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                key.append('_').append(Character.toLowerCase(c));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * A record as a JSON object.
     *
     * @param record the record
     * @return the object
     */
    public static JsonObject toJson(Record record) {
        JsonObject json = new JsonObject();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = Records.value(component, record);
            JsonElement element = element(value);
            if (element != null) {
                json.add(key(component.getName()), element);
            }
        }
        return json;
    }

    /**
     * Reads a record from a JSON object written by {@link #toJson}.
     *
     * @param json the object
     * @param type the record type
     * @param <R> the record type
     * @return the record
     * @throws IllegalArgumentException naming the first key that is missing or of the wrong kind
     */
    public static <R extends Record> R fromJson(JsonElement json, Class<R> type) {
        if (!(json instanceof JsonObject object)) {
            throw new IllegalArgumentException("expected an object, found " + kind(json));
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String key = key(components[i].getName());
            JsonElement element = object.get(key);
            try {
                arguments[i] = value(element == null ? JsonNull.INSTANCE : element, components[i].getGenericType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
            }
        }
        try {
            return Records.make(type, arguments);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static JsonElement element(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(RecordJson::element).orElse(null);
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? new JsonPrimitive(optional.getAsInt()) : null;
        }
        if (value instanceof OptionalLong optional) {
            return optional.isPresent() ? new JsonPrimitive(optional.getAsLong()) : null;
        }
        if (value instanceof OptionalDouble optional) {
            return optional.isPresent() ? new JsonPrimitive(optional.getAsDouble()) : null;
        }
        if (value instanceof JsonElement json) {
            return json.deepCopy();
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean flag) {
            return new JsonPrimitive(flag);
        }
        if (value instanceof String || value instanceof Instant) {
            return new JsonPrimitive(value.toString());
        }
        if (value instanceof Record record) {
            return toJson(record);
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(item -> array.add(element(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, item) -> object.add((String) key, element(item)));
            return object;
        }
        throw new IllegalArgumentException("no JSON form for a " + value.getClass().getSimpleName());
    }

    private static Object value(JsonElement element, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Optional.class) {
            return element.isJsonNull() ? Optional.empty() : Optional.of(value(element, argument(type, 0)));
        }
        if (raw == OptionalInt.class) {
            return element.isJsonNull() ? OptionalInt.empty() : OptionalInt.of(primitive(element).getAsInt());
        }
        if (raw == OptionalLong.class) {
            return element.isJsonNull() ? OptionalLong.empty() : OptionalLong.of(primitive(element).getAsLong());
        }
        if (raw == OptionalDouble.class) {
            return element.isJsonNull() ? OptionalDouble.empty() : OptionalDouble.of(primitive(element).getAsDouble());
        }
        if (element.isJsonNull()) {
            throw new IllegalArgumentException("missing");
        }
        if (JsonElement.class.isAssignableFrom(raw)) {
            if (!raw.isInstance(element)) {
                throw new IllegalArgumentException("expected " + raw.getSimpleName() + ", found " + kind(element));
            }
            return element.deepCopy();
        }
        if (raw == int.class || raw == Integer.class) {
            return primitive(element).getAsInt();
        }
        if (raw == long.class || raw == Long.class) {
            return primitive(element).getAsLong();
        }
        if (raw == double.class || raw == Double.class) {
            return primitive(element).getAsDouble();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return primitive(element).getAsBoolean();
        }
        if (raw == String.class) {
            return primitive(element).getAsString();
        }
        if (raw == Instant.class) {
            return Instant.parse(primitive(element).getAsString());
        }
        if (raw == Object.class) {
            return plain(primitive(element));
        }
        if (raw.isRecord()) {
            return fromJson(element, raw.asSubclass(Record.class));
        }
        if (raw == List.class) {
            List<Object> items = new ArrayList<>();
            for (JsonElement item : array(element)) {
                items.add(value(item, argument(type, 0)));
            }
            return items;
        }
        if (raw == Map.class) {
            if (!(element instanceof JsonObject object)) {
                throw new IllegalArgumentException("expected an object, found " + kind(element));
            }
            Map<String, Object> map = new LinkedHashMap<>();
            object.entrySet().forEach(entry -> map.put(entry.getKey(), value(entry.getValue(), argument(type, 1))));
            return map;
        }
        throw new IllegalArgumentException("no JSON form for a " + raw.getSimpleName());
    }

    /** A number (an Integer or Long when integral, else a Double), a boolean or a text. */
    private static Object plain(JsonPrimitive primitive) {
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (!primitive.isNumber()) {
            return primitive.getAsString();
        }
        double number = primitive.getAsDouble();
        String text = primitive.getAsString();
        if (text.matches("-?[0-9]+")) {
            long integral = primitive.getAsLong();
            return integral == (int) integral ? (Object) (int) integral : (Object) integral;
        }
        return number;
    }

    private static JsonPrimitive primitive(JsonElement element) {
        if (!(element instanceof JsonPrimitive primitive)) {
            throw new IllegalArgumentException("expected a number, boolean or text, found " + kind(element));
        }
        return primitive;
    }

    private static JsonArray array(JsonElement element) {
        if (!(element instanceof JsonArray array)) {
            throw new IllegalArgumentException("expected a list, found " + kind(element));
        }
        return array;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static String kind(JsonElement element) {
        return element == null || element.isJsonNull() ? "nothing"
                : element.isJsonObject() ? "an object" : element.isJsonArray() ? "a list" : element.toString();
    }
}
