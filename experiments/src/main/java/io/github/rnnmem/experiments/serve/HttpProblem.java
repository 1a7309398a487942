package io.github.rnnmem.experiments.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A request the server answers with an error status: the status, a message naming the place and
 * the problem, the names nearest to an unknown one, and headers the status calls for ({@code
 * Allow}, {@code Retry-After}, ...). The body is {@code {"error": message, "nearest": [...]}}.
 */
final class HttpProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> nearest;
    private final transient Map<String, String> headers;

    /**
     * Creates a problem.
     *
     * @param status the HTTP status
     * @param message the place and the problem
     */
    HttpProblem(int status, String message) {
        this(status, message, List.of(), Map.of());
    }

    /**
     * Creates a problem with the names nearest to an unknown one, or headers.
     *
     * @param status the HTTP status
     * @param message the place and the problem
     * @param nearest names to offer instead, perhaps none
     * @param headers headers of the answer
     */
    HttpProblem(int status, String message, List<String> nearest, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.nearest = List.copyOf(nearest);
        this.headers = Map.copyOf(headers);
    }

    /**
     * The status.
     *
     * @return such as 400
     */
    int status() {
        return status;
    }

    /**
     * The headers the answer carries.
     *
     * @return name to value
     */
    Map<String, String> headers() {
        return headers;
    }

    /**
     * The body.
     *
     * @return {@code {"error": ..., "nearest": [...]}}, {@code nearest} only when there are some
     */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("error", getMessage());
        if (!nearest.isEmpty()) {
            JsonArray names = new JsonArray();
            nearest.forEach(names::add);
            json.add("nearest", names);
        }
        return json;
    }
}
