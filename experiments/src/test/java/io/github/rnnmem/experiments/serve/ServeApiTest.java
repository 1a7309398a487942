package io.github.rnnmem.experiments.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.store.ModelDescription;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The API over HTTP, on a server on a free port of the loopback with a tiny run's three units: what
 * it answers (the numbers of {@code rnnmem analyze}), how little a keystroke costs, and every
 * refusal with its status.
 */
class ServeApiTest {

    @TempDir static Path directory;
    private static TinyRun run;
    private static ServedUnits units;
    private static ExplorerServer server;
    private static ServerClient client;
    private static String token;

    @BeforeAll
    static void serveTheRun() throws IOException {
        run = TinyRun.train(directory);
        units = run.load(List.of(), 8);
        token = ServeSettings.newToken();
        server = ExplorerServer.start(units, new ServeSettings("127.0.0.1", 0, List.of(), "/", 300, token));
        client = ServerClient.of(server, token);
    }

    @AfterAll
    static void stop() {
        server.close();
        units.close();
    }

    private static JsonObject unitAnswer(JsonObject answer, String label) {
        for (JsonElement unit : answer.getAsJsonArray("units")) {
            if (unit.getAsJsonObject().get("label").getAsString().equals(label)) {
                return unit.getAsJsonObject();
            }
        }
        throw new AssertionError("no answer of " + label + " in " + answer);
    }

    private static JsonObject work(String label) {
        JsonObject description = JsonParser.parseString(
                client.get("api/v1/units", "Authorization", "Bearer " + token).body()).getAsJsonObject();
        for (JsonElement unit : description.getAsJsonArray("units")) {
            if (unit.getAsJsonObject().get("label").getAsString().equals(label)) {
                return unit.getAsJsonObject().getAsJsonObject("work");
            }
        }
        throw new AssertionError("no unit " + label);
    }

    @Test
    void theUnitsAreDescribedAsTheirFilesRecordThem() throws IOException {
        HttpResponse<String> response = client.get("api/v1/units", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        JsonObject description = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(description.get("api").getAsString()).isEqualTo("v1");
        JsonArray list = description.getAsJsonArray("units");
        assertThat(list).hasSize(3);
        JsonObject gru = list.get(0).getAsJsonObject();
        assertThat(gru.get("label").getAsString()).isEqualTo("gru");
        assertThat(gru.get("run").getAsString()).isEqualTo("tiny");
        ModelDescription model = ModelDescription.fromJson(Files.readString(run.experiment().unit("gru").resolve("model.json")));
        assertThat(gru.getAsJsonObject("parameters").get("recurrent").getAsLong()).isEqualTo(model.parameters().recurrent());
        assertThat(gru.getAsJsonObject("settings").get("hidden").getAsInt()).isEqualTo(8);
        TestMetrics test = TestMetrics.fromJson(Files.readString(run.experiment().unit("gru").resolve("test.json")));
        assertThat(gru.getAsJsonObject("test").get("cross_entropy").getAsDouble()).isEqualTo(test.crossEntropy());
        assertThat(gru.get("validation_loss").getAsDouble()).isPositive();
        assertThat(gru.get("note").getAsString()).startsWith("test cross entropy ").contains(" · validation loss ");
        assertThat(gru.get("incremental").getAsBoolean()).isTrue();
        assertThat(list.get(2).getAsJsonObject().get("incremental").getAsBoolean()).as("DJL's own GRU block").isFalse();
        assertThat(gru.get("engine").getAsString()).startsWith("MXNet");
    }

    @Test
    void theNumbersAreThoseOfAnalyzeForTheSameTextAndTarget() throws IOException {
        for (String target : new String[] {null, "people"}) {
            String text = "North, the people SEE";
            JsonObject answer = client.analyzed("{\"text\": \"" + text + "\", \"positions\": "
                    + allPositions(21) + (target == null ? "" : ", \"target\": \"" + target + "\"") + "}");
            assertThat(answer.get("text").getAsString()).isEqualTo(" north the people see");
            assertThat(answer.get("normalised").getAsString()).isEqualTo("\"North, the people SEE\" -> \" north the people see\"");
            for (String label : List.of("gru", "lstm", "gru-fused")) {
                JsonObject analyzed = analyzeCommand(text, label, target);
                JsonObject served = unitAnswer(answer, label);
                JsonArray expected = analyzed.getAsJsonArray("positions");
                JsonArray actual = served.getAsJsonArray("positions");
                assertThat(actual).hasSize(expected.size());
                for (int t = 0; t < expected.size(); t++) {
                    assertSamePosition(actual.get(t).getAsJsonObject(), expected.get(t).getAsJsonObject(),
                            label + " target " + target + " position " + t);
                }
                assertThat(served.getAsJsonObject("last").getAsJsonArray("suggestions"))
                        .isEqualTo(actual.get(expected.size() - 1).getAsJsonObject().getAsJsonArray("suggestions"));
                assertThat(served.get("milliseconds").getAsDouble()).isPositive();
            }
        }
    }

    /** Equal words, places and fields; probabilities and connectivity equal to float precision. */
    private static void assertSamePosition(JsonObject actual, JsonObject expected, String where) {
        for (String field : List.of("index", "char", "target", "target_in_vocabulary", "known_characters", "scored",
                "scored_rank")) {
            assertThat(actual.get(field)).as(where + ": " + field).isEqualTo(expected.get(field));
        }
        assertThat(actual.get("scored_probability").getAsDouble()).as(where)
                .isCloseTo(expected.get("scored_probability").getAsDouble(), within(1e-5));
        JsonArray suggestions = actual.getAsJsonArray("suggestions");
        JsonArray expectedSuggestions = expected.getAsJsonArray("suggestions");
        assertThat(suggestions).as(where).hasSameSizeAs(expectedSuggestions);
        for (int k = 0; k < suggestions.size(); k++) {
            JsonObject s = suggestions.get(k).getAsJsonObject();
            JsonObject e = expectedSuggestions.get(k).getAsJsonObject();
            assertThat(s.get("word")).as(where + ": suggestion " + k).isEqualTo(e.get("word"));
            assertThat(s.get("probability").getAsDouble()).as(where).isCloseTo(e.get("probability").getAsDouble(), within(1e-5));
        }
        JsonArray row = actual.getAsJsonArray("connectivity");
        JsonArray expectedRow = expected.getAsJsonArray("connectivity");
        double maximum = 0;
        for (JsonElement value : expectedRow) {
            maximum = Math.max(maximum, value.getAsDouble());
        }
        assertThat(row).as(where).hasSameSizeAs(expectedRow);
        for (int tau = 0; tau < row.size(); tau++) {
            assertThat(row.get(tau).getAsDouble()).as(where + ": connectivity[" + tau + "]")
                    .isCloseTo(expectedRow.get(tau).getAsDouble(), within(1e-5 * maximum));
        }
    }

    private static JsonObject analyzeCommand(String text, String label, String target) throws IOException {
        String[] output = new String[1];
        int status = target == null
                ? TinyRun.run(output, "analyze", run.experiment().output().toString(), "--text", text, "--unit", label)
                : TinyRun.run(output, "analyze", run.experiment().output().toString(), "--text", text, "--unit", label,
                        "--target", target);
        assertThat(status).as(output[0]).isZero();
        String marker = "written to ";
        Path file = output[0].lines().filter(line -> line.contains(marker))
                .map(line -> Path.of(line.substring(line.indexOf(marker) + marker.length()))).findFirst().orElseThrow();
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static String allPositions(int length) {
        StringBuilder positions = new StringBuilder("[");
        for (int t = 0; t < length; t++) {
            positions.append(t == 0 ? "" : ",").append(t);
        }
        return positions.append(']').toString();
    }

    @Test
    void aKeystrokeCostsOneStepAndRowsAreComputedOnce() {
        client.analyzed("{\"text\": \"the people of the north grow\", \"units\": [\"gru\", \"gru-fused\"]}");
        JsonObject gruBefore = work("gru");
        JsonObject fusedBefore = work("gru-fused");

        client.analyzed("{\"text\": \"the people of the north grows\", \"units\": [\"gru\", \"gru-fused\"]}");
        assertThat(work("gru").get("character_steps").getAsLong() - gruBefore.get("character_steps").getAsLong())
                .as("steps of one typed character, one layer").isEqualTo(1);
        assertThat(work("gru-fused").get("character_steps").getAsLong() - fusedBefore.get("character_steps").getAsLong())
                .as("a unit that cannot go on from a state reads the text again").isEqualTo(30);

        client.analyzed("{\"text\": \"the people of the north grow\", \"units\": [\"gru\"]}");
        assertThat(work("gru").get("character_steps").getAsLong() - gruBefore.get("character_steps").getAsLong())
                .as("deleting a character costs nothing").isEqualTo(1);

        JsonObject first = client.analyzed("{\"text\": \"the people of the north grow\", \"positions\": [5, -1],"
                + " \"units\": [\"gru\"]}");
        long computed = work("gru").get("rows_computed").getAsLong();
        JsonObject again = client.analyzed("{\"text\": \"the people of the north grows\", \"positions\": [5],"
                + " \"units\": [\"gru\"]}");
        assertThat(work("gru").get("rows_computed").getAsLong()).as("a row depends on its prefix only").isEqualTo(computed);
        JsonArray before = unitAnswer(first, "gru").getAsJsonArray("positions").get(0).getAsJsonObject()
                .getAsJsonArray("connectivity");
        JsonArray after = unitAnswer(again, "gru").getAsJsonArray("positions").get(0).getAsJsonObject()
                .getAsJsonArray("connectivity");
        assertThat(after).hasSize(30);
        for (int tau = 0; tau < 29; tau++) {
            assertThat(after.get(tau)).isEqualTo(before.get(tau));
        }
        assertThat(after.get(29).getAsDouble()).isZero();
    }

    @Test
    void aTextEndingWithASeparatorEndsAtTheSpaceBeforeTheNextWord() {
        JsonObject answer = client.analyzed("{\"text\": \"north the, \", \"positions\": [-1]}");

        assertThat(answer.get("text").getAsString()).isEqualTo(" north the ");
        JsonObject last = unitAnswer(answer, "lstm").getAsJsonArray("positions").get(0).getAsJsonObject();
        assertThat(last.get("index").getAsInt()).isEqualTo(10);
        assertThat(last.get("char").getAsString()).isEqualTo(" ");
        assertThat(last.get("target").getAsString()).isEmpty();
        assertThat(last.get("known_characters").getAsInt()).isZero();
        assertThat(last.get("scored").getAsString()).isEqualTo("<unknown>");
        assertThat(last.get("scored_rank").getAsInt()).isZero();
    }

    @Test
    void badRequestsAreAnsweredWithTheirStatusAndWhatIsWrong() {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        problems.put("{\"text\": \"north\"", "400 the body is not valid JSON (line 1, column ");
        problems.put("[\"north\"]", "400 expected a JSON object such as {\"text\": \" parts of north af\"}, got an array");
        problems.put("{\"text\": 7}", "400 text: expected a string, got the number 7");
        problems.put("{}", "400 text: missing");
        problems.put("{\"text\": \"north\", \"positons\": [1]}", "400 unknown field \"positons\"; did you mean positions?");
        problems.put("{\"text\": \"north\", \"positions\": 1}", "400 positions: expected an array, got the number 1");
        problems.put("{\"text\": \"north\", \"positions\": [1.5]}", "400 positions[0]: expected a whole number, got 1.5");
        problems.put("{\"text\": \"north\", \"positions\": [6]}",
                "400 positions[0]: 6 is outside the text, which has 6 characters (0 to 5, or -1 to -6 from the end)");
        problems.put("{\"text\": \"north\", \"positions\": [-7]}", "400 positions[0]: -7 is outside the text");
        problems.put("{\"text\": \"?! ...\"}", "400 text: \"?! ...\" has no letters a-z left once normalised");
        problems.put("{\"text\": \"north\", \"units\": [\"gur\"]}", "400 units[0]: no unit is labelled \"gur\"; did you mean gru?");
        problems.put("{\"text\": \"north\", \"units\": []}", "400 units: expected at least one label");
        problems.put("{\"text\": \"north\", \"target\": \"peple\"}",
                "400 target: \"peple\" is not in the vocabulary of gru (16 words); nearest: people, ");
        problems.put("{\"text\": \"" + "a ".repeat(151) + "\"}", "413 text: 302 characters, more than the limit of 300");
        problems.put("{\"text\": \"" + "7".repeat(60) + "\"}", "413 text: 360 characters once normalised");
        problems.forEach((body, expected) -> {
            HttpResponse<String> response = client.analyze(body);
            JsonObject json = JsonParser.parseString(response.body()).getAsJsonObject();
            assertThat(response.statusCode() + " " + json.get("error").getAsString()).as(body).startsWith(expected);
        });
        JsonObject nearest = JsonParser.parseString(client.analyze("{\"text\": \"north\", \"target\": \"peple\"}").body())
                .getAsJsonObject();
        assertThat(nearest.getAsJsonArray("nearest").get(0).getAsString()).isEqualTo("people");
    }

    @Test
    void pathsMethodsAndBodiesOutsideTheApiAreRefused() {
        String bearer = "Bearer " + token;
        assertThat(client.get("api/v1/nothing", "Authorization", bearer).statusCode()).isEqualTo(404);
        assertThat(client.get("assets/../../../etc/passwd", "Authorization", bearer).statusCode()).isEqualTo(404);
        assertThat(client.get("assets/page.js", "Authorization", bearer).statusCode()).isEqualTo(200);
        HttpResponse<String> wrongMethod = client.get("api/v1/analyze", "Authorization", bearer);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertThat(client.post("api/v1/units", "{}", "Authorization", bearer, "Content-Type", "application/json")
                .statusCode()).isEqualTo(405);
        assertThat(client.post("api/v1/analyze", "text=north", "Authorization", bearer,
                "Content-Type", "application/x-www-form-urlencoded").statusCode()).isEqualTo(415);
        assertThat(client.post("api/v1/analyze", "{\"text\": \"north\"}", "Authorization", bearer).statusCode())
                .as("no content type").isEqualTo(415);
        HttpResponse<String> huge = client.post("api/v1/analyze", "{\"text\": \"" + "a".repeat(200_000) + "\"}",
                "Authorization", bearer, "Content-Type", "application/json");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("the body is larger than");
        assertThat(client.get("api/v1/openapi.json", "Authorization", bearer).body()).contains("\"openapi\": \"3.0.3\"");
    }

    @Test
    void onlyRequestsWithTheTokenFromThisOriginAndHostAreAnswered() throws IOException {
        assertThat(client.get("api/v1/units").statusCode()).as("no token").isEqualTo(401);
        assertThat(client.get("").statusCode()).as("the page without the link's token").isEqualTo(401);
        assertThat(client.get("api/v1/units", "Authorization", "Bearer wrong").statusCode()).isEqualTo(403);
        assertThat(client.get("?token=wrong").statusCode()).isEqualTo(403);
        assertThat(client.get("api/v1/units", "Authorization", "token " + token).statusCode()).as("Jupyter's form")
                .isEqualTo(200);

        HttpResponse<String> link = client.get("?token=" + token);
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(link.headers().firstValue("Location")).contains("./");
        String cookie = link.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/").doesNotContain(token);
        String pair = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> page = client.get("", "Cookie", pair);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.body()).contains("src=\"assets/page.js\"").doesNotContain("http:", "https:", "src=\"/", "href=\"/");
        assertThat(client.get("api/v1/units", "Cookie", pair).statusCode()).isEqualTo(200);

        HttpResponse<String> crossOrigin = client.post("api/v1/analyze", "{\"text\": \"north\"}", "Cookie", pair,
                "Content-Type", "application/json", "Origin", "http://evil.example");
        assertThat(crossOrigin.statusCode()).isEqualTo(403);
        assertThat(crossOrigin.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control"));
        assertThat(client.post("api/v1/analyze", "{\"text\": \"north\"}", "Cookie", pair, "Content-Type",
                "application/json", "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        String ownOrigin = "http://127.0.0.1:" + server.address().getPort();
        HttpResponse<String> sameOrigin = client.post("api/v1/analyze", "{\"text\": \"north\"}", "Cookie", pair,
                "Content-Type", "application/json", "Origin", ownOrigin, "Sec-Fetch-Site", "same-origin");
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
        assertThat(sameOrigin.headers().map().keySet()).noneMatch(name -> name.toLowerCase().startsWith("access-control"));

        int port = server.address().getPort();
        String get = "GET /api/v1/units HTTP/1.1";
        String auth = "Authorization: Bearer " + token;
        assertThat(client.raw(List.of(get, "Host: rebound.example:" + port, auth))).as("DNS rebinding").isEqualTo(403);
        assertThat(client.raw(List.of(get, "Host: localhost:" + port, auth))).isEqualTo(200);
        assertThat(client.raw(List.of(get, "Host: [::1]:" + port, auth))).isEqualTo(200);
    }

    @Test
    void theViewAndTheFigureOfAPositionAreTheReportsOwn() throws Exception {
        HttpResponse<String> view = client.get("view?text=north%20the%20people", "Authorization", "Bearer " + token);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("<div class=\"cv\"").contains("class=\"cv-data\"");
        assertThat(view.body().split("<span data-i=", -1)).hasSize(1 + 3 * 17);

        HttpResponse<String> figure = client.post("api/v1/figure", "{\"text\": \"north the people\", \"position\": -1,"
                + " \"target\": \"people\", \"scale\": \"log\"}", "Authorization", "Bearer " + token, "Content-Type",
                "application/json");
        assertThat(figure.statusCode()).isEqualTo(200);
        assertThat(figure.headers().firstValue("Content-Type")).contains("image/svg+xml; charset=utf-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(figure.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(figure.body()).contains("Connectivity at position 16: &quot;e&quot; in &quot;people&quot;").contains("target: people")
                .contains("log scale");
        assertThat(client.post("api/v1/figure", "{\"text\": \"north\", \"position\": 1, \"scale\": \"cubic\"}",
                "Authorization", "Bearer " + token, "Content-Type", "application/json").body())
                .contains("scale: expected linear or log, got \\\"cubic\\\"");
    }

    @Test
    void underABasePathEverythingIsRelativeToIt() throws IOException {
        String secret = ServeSettings.newToken();
        try (ExplorerServer proxied = ExplorerServer.start(units, new ServeSettings("127.0.0.1", 0, List.of(),
                "/lab/rnnmem/", 300, secret))) {
            ServerClient behind = ServerClient.of(proxied, secret);
            assertThat(proxied.address().getPath()).isEqualTo("/lab/rnnmem/");
            assertThat(behind.get("api/v1/units", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(200);
            assertThat(behind.get("/api/v1/units", "Authorization", "Bearer " + secret).statusCode()).isEqualTo(404);
            HttpResponse<String> slashless = behind.get("/lab/rnnmem", "Authorization", "Bearer " + secret);
            assertThat(slashless.statusCode()).isEqualTo(303);
            assertThat(slashless.headers().firstValue("Location")).contains("rnnmem/");
            HttpResponse<String> link = behind.get("?token=" + secret);
            assertThat(link.headers().firstValue("Set-Cookie").orElseThrow()).contains("Path=/lab/rnnmem/");
        }
    }

    @Test
    void aFullQueueIsAnswered503AndIdenticalRequestsAreComputedOnce() throws Exception {
        try (ServedUnits one = run.load(List.of("gru"), 1);
                ExplorerServer busy = ExplorerServer.start(one, new ServeSettings("127.0.0.1", 0, List.of(), "/", 3000,
                        token))) {
            ServerClient asker = ServerClient.of(busy, token);
            String longText = "the people of the north see snow ".repeat(60);
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(
                    () -> asker.analyze("{\"text\": \"" + longText + "\", \"positions\": [-1, -2]}"));
            waitUntil(() -> answered(asker, "running") == 1);
            List<CompletableFuture<HttpResponse<String>>> same = new java.util.ArrayList<>();
            String repeated = "{\"text\": \"" + longText + "\", \"positions\": [-3]}";
            same.add(CompletableFuture.supplyAsync(() -> asker.analyze(repeated)));
            waitUntil(() -> answered(asker, "waiting") == 1);
            same.add(CompletableFuture.supplyAsync(() -> asker.analyze(repeated)));
            same.add(CompletableFuture.supplyAsync(() -> asker.analyze(repeated)));
            waitUntil(() -> answered(asker, "joined") == 2);
            HttpResponse<String> refused = asker.analyze("{\"text\": \"" + longText + "\", \"positions\": [-4]}");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.body()).contains("unit gru is busy: its queue of 1 waiting requests is full");

            assertThat(running.get().statusCode()).isEqualTo(200);
            JsonElement first = JsonParser.parseString(same.get(0).get().body()).getAsJsonObject().get("units");
            for (CompletableFuture<HttpResponse<String>> each : same) {
                assertThat(each.get().statusCode()).isEqualTo(200);
                assertThat(JsonParser.parseString(each.get().body()).getAsJsonObject().get("units")).isEqualTo(first);
            }
            assertThat(answered(asker, "answered")).isEqualTo(2);
            assertThat(answered(asker, "joined")).isEqualTo(2);
            assertThat(answered(asker, "refused")).isEqualTo(1);
        }
    }

    private static long answered(ServerClient asker, String field) {
        JsonObject description = JsonParser.parseString(
                asker.get("api/v1/units", "Authorization", "Bearer " + token).body()).getAsJsonObject();
        return description.getAsJsonArray("units").get(0).getAsJsonObject().getAsJsonObject("work").get(field).getAsLong();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not reached in 30 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void closingLetsRequestsInFlightFinishAndReleasesThePort() throws Exception {
        try (ServedUnits one = run.load(List.of("gru"), 4)) {
            ExplorerServer closing = ExplorerServer.start(one, new ServeSettings("127.0.0.1", 0, List.of(), "/", 3000,
                    token));
            ServerClient asker = ServerClient.of(closing, token);
            int port = closing.address().getPort();
            String longText = "the people of the south see sand ".repeat(60);
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                    () -> asker.analyze("{\"text\": \"" + longText + "\", \"positions\": [-1, -2]}"));
            waitUntil(() -> answered(asker, "running") == 1);
            closing.close();

            assertThat(inFlight.get().statusCode()).isEqualTo(200);
            try (java.net.ServerSocket again = new java.net.ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                assertThat(again.getLocalPort()).isEqualTo(port);
            }
        }
    }
}
