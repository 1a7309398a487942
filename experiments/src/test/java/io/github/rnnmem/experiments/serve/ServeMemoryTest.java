package io.github.rnnmem.experiments.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 500 mixed requests from 4 threads: suggestions as a reader types, connectivity at positions with
 * and without a target word, every row of a text, figures, views, the units' description and a
 * bad request. Every answer must equal the one the same request got alone, and every unit's
 * manager must hold as many arrays after the 500 as after the first 50: every request frees the
 * arrays it made, exactly.
 *
 * <p>Resident memory after the 500 must stay within the heap the JVM has committed plus {@value
 * #NATIVE_MIB} MiB of what it was after the first 50. The bound: the heap is committed at start,
 * but its pages become resident only when first written, which the young generation does over the
 * first few hundred requests (measured request by request in one run: 307 MiB after 50 requests,
 * 429 after 200, 444 after 500, 457 after 2,000, of which a 232 MiB heap); the heap cannot grow
 * past what is committed without the JVM committing more, which the bound then follows. Outside the
 * heap only the JIT's code, the threads' stacks and the allocator's arenas may grow, a few MiB: the
 * caches are bounded by the texts (rows: at most 256 per unit; states: one per character), and a
 * leak of each request's arrays, which their count catches exactly, would take more than that in
 * 450 requests of the quickstart's units (each of their passes makes arrays of megabytes).
 */
class ServeMemoryTest {

    /** How much resident memory the native side may add, besides the heap's pages. */
    static final int NATIVE_MIB = 32;

    private static final int THREADS = 4;
    private static final int WARM = 50;
    private static final int TOTAL = 500;

    @TempDir static Path directory;

    /** One kind of request, and how its answer is compared. */
    private record Kind(String name, Function<ServerClient, HttpResponse<String>> send,
            Function<HttpResponse<String>, Object> essence) {}

    @Test
    void fiveHundredMixedRequestsAreAnsweredRightAndFreeTheirArrays() throws Exception {
        TinyRun run = TinyRun.train(directory);
        String token = ServeSettings.newToken();
        try (ServedUnits units = run.load(List.of(), 8);
                ExplorerServer server = ExplorerServer.start(units, new ServeSettings("127.0.0.1", 0, List.of(), "/",
                        ServeSettings.DEFAULT_MAX_CHARS, token))) {
            ServerClient client = ServerClient.of(server, token);
            List<Kind> kinds = kinds(token);
            List<Object> expected = new ArrayList<>();
            for (Kind kind : kinds) {
                expected.add(kind.essence().apply(kind.send().apply(client)));
            }

            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                send(threads, client, kinds, expected, 0, WARM);
                long warmRss = residentBytes();
                Map<String, Integer> warmArrays = arrays(units);
                send(threads, client, kinds, expected, WARM, TOTAL);
                long rss = residentBytes();
                Map<String, Integer> finalArrays = arrays(units);
                long heap = Runtime.getRuntime().totalMemory();

                System.out.printf(Locale.ROOT, "resident memory after %d requests %.1f MiB, after %d %.1f MiB (heap"
                        + " committed %.1f MiB); arrays per unit %s and %s%n", WARM, warmRss / 1048576.0, TOTAL,
                        rss / 1048576.0, heap / 1048576.0, warmArrays, finalArrays);
                assertThat(finalArrays).as("arrays held by each unit's manager").isEqualTo(warmArrays);
                assertThat(rss - warmRss).as("resident memory growth in bytes after the first 50 requests")
                        .isLessThan(heap + NATIVE_MIB * 1048576L);
            } finally {
                threads.shutdown();
            }
        }
    }

    private static void send(ExecutorService threads, ServerClient client, List<Kind> kinds, List<Object> expected,
            int from, int to) throws Exception {
        List<Future<?>> answers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int index = i % kinds.size();
            answers.add(threads.submit(() -> {
                Kind kind = kinds.get(index);
                Object essence = kind.essence().apply(kind.send().apply(client));
                assertThat(same(essence, expected.get(index))).as(kind.name() + ": " + essence).isTrue();
                return null;
            }));
        }
        for (Future<?> answer : answers) {
            answer.get();
        }
    }

    private static List<Kind> kinds(String token) {
        String bearer = "Bearer " + token;
        List<Kind> kinds = new ArrayList<>();
        for (String text : List.of("the people of the north", "the people of the north s", "the people of the north se",
                "the people of the north see")) {
            kinds.add(analysis("typing " + text, "{\"text\": \"" + text + "\"}"));
        }
        kinds.add(analysis("two positions", "{\"text\": \"the people of the south see sand\", \"positions\": [-1, 4]}"));
        kinds.add(analysis("a target word", "{\"text\": \"the people of the south see sand\", \"positions\": [3, 10],"
                + " \"target\": \"people\"}"));
        kinds.add(analysis("every row", "{\"text\": \"north the people see snow\", \"positions\": [0, 1, 2, 3, 4, 5, 6, 7,"
                + " 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]}"));
        kinds.add(new Kind("a figure", client -> client.post("api/v1/figure", "{\"text\": \"north the people\","
                + " \"position\": 5}", "Authorization", bearer, "Content-Type", "application/json"),
                response -> response.statusCode() + response.body()));
        kinds.add(new Kind("a view", client -> client.get("view?text=north%20the%20people%20of", "Authorization", bearer),
                response -> response.statusCode() + response.body()));
        kinds.add(new Kind("the units", client -> client.get("api/v1/units", "Authorization", bearer),
                response -> response.statusCode() + " " + JsonParser.parseString(response.body()).getAsJsonObject()
                        .getAsJsonArray("units").size()));
        kinds.add(new Kind("a position outside the text", client -> client.analyze("{\"text\": \"north\", \"positions\": [9]}"),
                response -> response.statusCode() + response.body()));
        return kinds;
    }

    /** An analysis, compared by its units' suggestions and positions. */
    private static Kind analysis(String name, String body) {
        return new Kind(name, client -> client.analyze(body), response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonArray units = new JsonArray();
            for (JsonElement unit : JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("units")) {
                JsonObject kept = new JsonObject();
                kept.add("last", unit.getAsJsonObject().get("last"));
                kept.add("positions", unit.getAsJsonObject().get("positions"));
                units.add(kept);
            }
            return units;
        });
    }

    /** Equal texts, or JSON equal but for numbers within float precision (texts read in other pieces). */
    private static boolean same(Object actual, Object expected) {
        if (actual instanceof JsonElement a && expected instanceof JsonElement e) {
            return sameJson(a, e);
        }
        return actual.equals(expected);
    }

    private static boolean sameJson(JsonElement a, JsonElement e) {
        if (a.isJsonArray() && e.isJsonArray()) {
            JsonArray x = a.getAsJsonArray();
            JsonArray y = e.getAsJsonArray();
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameJson(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isJsonObject() && e.isJsonObject()) {
            JsonObject x = a.getAsJsonObject();
            JsonObject y = e.getAsJsonObject();
            return x.keySet().equals(y.keySet()) && x.keySet().stream().allMatch(key -> sameJson(x.get(key), y.get(key)));
        }
        if (a.isJsonPrimitive() && e.isJsonPrimitive() && a.getAsJsonPrimitive().isNumber()
                && e.getAsJsonPrimitive().isNumber()) {
            double x = a.getAsDouble();
            double y = e.getAsDouble();
            return Math.abs(x - y) <= 1e-5 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
        }
        return a.equals(e);
    }

    private static Map<String, Integer> arrays(ServedUnits units) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        units.all().forEach(unit -> counts.put(unit.label(), unit.trained().manager().getManagedArrays().size()));
        return counts;
    }

    /** The process's resident memory, from /proc/self/status (Linux). */
    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
