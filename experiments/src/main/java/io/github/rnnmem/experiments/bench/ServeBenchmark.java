package io.github.rnnmem.experiments.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.rnnmem.experiments.config.ConnectivityConfig;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import io.github.rnnmem.experiments.serve.ExplorerServer;
import io.github.rnnmem.experiments.serve.ServeSettings;
import io.github.rnnmem.experiments.serve.ServedUnits;
import io.github.rnnmem.experiments.text.TextTable;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The latency of {@code rnnmem serve} as one reader feels it: a server on the loopback over a run's
 * units, one client sending one request at a time over HTTP, and per kind of request the median
 * and the 99th percentile of the time from sending to the whole answer.
 *
 * <ul>
 *   <li><b>A keystroke</b>: the suggestions of every unit at the last character, as a text of about
 *       200 characters is typed character by character ({@code rounds} texts, each the article's
 *       words from another word on, so that no text is cached before it is typed).
 *   <li><b>A newly selected position</b>: the connectivity of one position of a text of about 200
 *       characters, every position once in a random order (none is cached).
 *   <li><b>All rows</b>: the connectivity of every position of a text of about 200 characters not
 *       seen before.
 * </ul>
 *
 * One text of each kind is sent first, untimed, so that the engines' first-call costs are not
 * counted. Percentiles are nearest-rank.
 */
public final class ServeBenchmark {

    /** Characters of the texts, at most: the article's text has 198. */
    private static final int LENGTH = 200;

    private final int rounds;
    private final ProgressReporter progress;

    /**
     * Creates the benchmark.
     *
     * @param rounds texts typed, texts whose every row is asked for
     * @param progress shows the requests sent
     */
    public ServeBenchmark(int rounds, ProgressReporter progress) {
        this.rounds = rounds;
        this.progress = progress;
    }

    /**
     * Serves the units, sends the requests and prints the table.
     *
     * @param units the units, loaded
     * @param out where to print
     * @throws IOException when the loopback cannot be bound
     */
    public void run(ServedUnits units, PrintStream out) throws IOException {
        String token = ServeSettings.newToken();
        try (ExplorerServer server = ExplorerServer.start(units, new ServeSettings("127.0.0.1", 0, List.of(), "/",
                ServeSettings.DEFAULT_MAX_CHARS, token))) {
            Client client = new Client(HttpClient.newHttpClient(), server.address(), token);
            List<String> texts = new ArrayList<>();
            for (int r = 0; r <= 2 * rounds + 1; r++) {
                texts.add(text(r));
            }
            int keystrokes = texts.subList(0, rounds + 1).stream().mapToInt(String::length).sum();
            int positions = texts.get(0).length();
            try (ProgressTask task = progress.start("serve requests", keystrokes + positions + rounds + 2L, "requests")) {
                Measured typing = new Measured();
                Measured selecting = new Measured();
                Measured allRows = new Measured();
                for (int r = 0; r <= rounds; r++) {
                    String text = texts.get(r);
                    for (int end = 2; end <= text.length(); end++) {
                        JsonObject body = new JsonObject();
                        body.addProperty("text", text.substring(0, end));
                        client.send(body, r == 0 ? null : typing);
                        task.advance(1);
                    }
                }
                String selected = texts.get(0);
                List<Integer> order = new ArrayList<>();
                for (int t = 0; t < selected.length(); t++) {
                    order.add(t);
                }
                Collections.shuffle(order, new Random(20_190_315));
                client.send(analysis(texts.get(rounds + 1), List.of(selected.length() / 2)), null);
                for (int t : order) {
                    client.send(analysis(selected, List.of(t)), selecting);
                    task.advance(1);
                }
                for (int r = rounds + 1; r <= 2 * rounds + 1; r++) {
                    String text = texts.get(r);
                    List<Integer> all = new ArrayList<>();
                    for (int t = 0; t < text.length(); t++) {
                        all.add(t);
                    }
                    client.send(analysis(text, all), r == rounds + 1 ? null : allRows);
                    task.advance(1);
                }
                print(out, units, typing, selecting, allRows, texts.get(1).length(), selected.length());
            }
        }
    }

    private static void print(PrintStream out, ServedUnits units, Measured typing, Measured selecting, Measured allRows,
            int typedLength, int length) {
        out.printf(Locale.ROOT, "rnnmem serve over %s: one client on the loopback, one request at a time%n",
                String.join(", ", units.labels()));
        TextTable table = new TextTable("request", "n", "p50", "p99", "max", "target", "", "per unit, median")
                .numeric(1, 2, 3, 4);
        table.row("suggestions after a keystroke (texts of " + typedLength + " characters)",
                String.valueOf(typing.count()), millis(typing.percentile(50)), millis(typing.percentile(99)),
                millis(typing.percentile(100)), "p99 < 100 ms", typing.percentile(99) < 100 ? "met" : "missed",
                typing.perUnit());
        table.row("connectivity of a newly selected position (" + length + " characters)",
                String.valueOf(selecting.count()), millis(selecting.percentile(50)), millis(selecting.percentile(99)),
                millis(selecting.percentile(100)), "p99 < 500 ms", selecting.percentile(99) < 500 ? "met" : "missed",
                selecting.perUnit());
        table.row("all rows of a text of " + length + " characters", String.valueOf(allRows.count()),
                millis(allRows.percentile(50)), millis(allRows.percentile(99)), millis(allRows.percentile(100)),
                "< 3 s", allRows.percentile(100) < 3000 ? "met" : "missed", allRows.perUnit());
        out.print(table.render(0));
        out.println("per unit: the time each unit computed, waiting for the engine included (MXNet runs one unit's work"
                + " at a time)");
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    /** The article's words from word {@code r} on, wrapping round, cut to at most {@value #LENGTH} characters. */
    static String text(int r) {
        String[] words = ConnectivityConfig.ARTICLE_TEXT.strip().split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; ; i++) {
            String word = words[(r + i) % words.length];
            if (text.length() + 1 + word.length() > LENGTH) {
                return text.toString();
            }
            text.append(' ').append(word);
        }
    }

    private static JsonObject analysis(String text, List<Integer> positions) {
        JsonObject body = new JsonObject();
        body.addProperty("text", text);
        JsonArray list = new JsonArray();
        positions.forEach(list::add);
        body.add("positions", list);
        return body;
    }

    /** Sends requests one at a time and times them. */
    private record Client(HttpClient http, URI address, String token) {

        void send(JsonObject body, Measured into) {
            HttpRequest request = HttpRequest.newBuilder(address.resolve("api/v1/analyze"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                    .build();
            long started = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException("the server did not answer: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            double millis = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the server answered " + response.statusCode() + ": " + response.body());
            }
            if (into != null) {
                into.add(millis, JsonParser.parseString(response.body()).getAsJsonObject());
            }
        }
    }

    /** The times of one kind of request, and of each unit within them. */
    private static final class Measured {

        private final List<Double> times = new ArrayList<>();
        private final Map<String, List<Double>> units = new LinkedHashMap<>();

        void add(double millis, JsonObject answer) {
            times.add(millis);
            for (JsonElement unit : answer.getAsJsonArray("units")) {
                JsonObject one = unit.getAsJsonObject();
                units.computeIfAbsent(one.get("label").getAsString(), label -> new ArrayList<>())
                        .add(one.get("milliseconds").getAsDouble());
            }
        }

        int count() {
            return times.size();
        }

        double percentile(int q) {
            return percentile(times, q);
        }

        String perUnit() {
            List<String> parts = new ArrayList<>();
            units.forEach((label, values) -> parts.add(String.format(Locale.ROOT, "%s %.1f", label, percentile(values, 50))));
            return String.join(", ", parts) + " ms";
        }

        /** Nearest rank: the smallest value with at least q% of the values at or below it. */
        private static double percentile(List<Double> values, int q) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(q / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
