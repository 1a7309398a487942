package io.github.rnnmem.experiments.serve;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.github.rnnmem.experiments.analysis.TypedText;
import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.layout.ConnectivityLayout;
import io.github.rnnmem.viz.render.Figures;
import io.github.rnnmem.viz.report.PendingConnectivityView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server on the JDK's own HTTP server ({@code jdk.httpserver}): a small, dependency-free server
 * that ships with every JDK, enough for one user's browser and scripts on a local or tunnelled
 * port. Requests are handled by a pool of {@value #THREADS} threads, which wait for the units'
 * workers; the engine work itself happens on the workers.
 *
 * <p>Routes, under the base path: {@code GET} the page ({@code ""}), its files ({@code assets/...})
 * and the view of a text ({@code view?text=...}, an HTML fragment); the API: {@code GET
 * api/v1/units}, {@code POST api/v1/analyze}, {@code POST api/v1/figure} and {@code GET
 * api/v1/openapi.json}. Every request passes the {@link Gatekeeper} first (Host 403, token 401 or
 * 403), then: unknown paths 404, wrong methods 405 (with {@code Allow}), a POST from another origin
 * 403, a POST body that is not {@code application/json} 415, a body over {@link #maxBody} bytes or
 * a text over the limit 413, a full unit queue 503 (with {@code Retry-After}). No answer carries
 * CORS headers; every one forbids sniffing, framing, caching and referrers, and the page's own
 * content policy allows scripts and requests to this server only.
 */
final class HttpExplorer implements ExplorerServer, HttpHandler {

    private static final System.Logger LOG = System.getLogger(HttpExplorer.class.getName());
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    /** Threads answering requests. */
    static final int THREADS = 16;
    /** How long closing waits for requests in flight. */
    private static final long DRAIN_MILLIS = TimeUnit.MINUTES.toMillis(1);
    private static final String JSON = "application/json; charset=utf-8";
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    /** The most bytes of a refused body read and discarded. */
    private static final long DRAINED = 4L << 20;
    private static final Set<String> FIGURE_FIELDS = Set.of("text", "position", "target", "units", "scale");

    private final ServedUnits units;
    private final ServeSettings settings;
    private final PageAssets assets = new PageAssets();
    private final Gatekeeper gate;
    private final HttpServer server;
    private final ExecutorService threads;
    private final URI address;
    private final int maxBody;
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean closing;

    private HttpExplorer(ServedUnits units, ServeSettings settings, HttpServer server) throws IOException {
        this.units = units;
        this.settings = settings;
        this.server = server;
        int port = server.getAddress().getPort();
        this.gate = new Gatekeeper(settings.token(), ServeSettings.newToken(), settings.host(), port,
                settings.allowedHosts());
        this.maxBody = 64 * 1024 + 16 * settings.maxChars();
        InetAddress bound = server.getAddress().getAddress();
        String host = bound.isAnyLocalAddress() ? InetAddress.getLocalHost().getHostName()
                : bound instanceof java.net.Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        this.address = URI.create("http://" + host + ":" + port + settings.basePath());
        this.threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "rnnmem-http");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", this);
        server.setExecutor(threads);
    }

    /**
     * Binds and starts a server.
     *
     * @param units the units to serve
     * @param settings where to listen and what to accept
     * @return the running server
     * @throws IOException when the address cannot be bound
     */
    static HttpExplorer start(ServedUnits units, ServeSettings settings) throws IOException {
        // Small answers go out at once: without TCP_NODELAY, Nagle's algorithm holds each one back until the
        // client's delayed acknowledgement, some 40 ms a request. The server reads the property when first used.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(settings.host()),
                settings.port()), 64);
        HttpExplorer explorer;
        try {
            explorer = new HttpExplorer(units, settings, server);
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            throw e;
        }
        server.start();
        return explorer;
    }

    @Override
    public URI address() {
        return address;
    }

    @Override
    public URI link() {
        return URI.create(address + "?token=" + settings.token());
    }

    @Override
    public void handle(HttpExchange exchange) {
        active.incrementAndGet();
        try {
            if (closing) {
                throw new HttpProblem(503, "the server is shutting down", List.of(), Map.of("Connection", "close"));
            }
            respond(exchange);
        } catch (HttpProblem problem) {
            drain(exchange);
            problem.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            send(exchange, problem.status(), JSON, GSON.toJson(problem.toJson()).getBytes(StandardCharsets.UTF_8),
                    DATA_POLICY);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure answering " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath(), e);
            JsonObject body = new JsonObject();
            body.addProperty("error", "unexpected failure: " + e);
            send(exchange, 500, JSON, GSON.toJson(body).getBytes(StandardCharsets.UTF_8), DATA_POLICY);
        } finally {
            exchange.close();
            active.decrementAndGet();
        }
    }

    private void respond(HttpExchange exchange) throws HttpProblem {
        Headers headers = exchange.getRequestHeaders();
        gate.checkHost(headers);
        String path = exchange.getRequestURI().getRawPath();
        String base = settings.basePath();
        if (!path.startsWith(base)) {
            if ((path + "/").equals(base)) {
                gate.check(headers, exchange.getRequestURI().getRawQuery());
                redirect(exchange, base.substring(base.lastIndexOf('/', base.length() - 2) + 1), Optional.empty());
                return;
            }
            throw new HttpProblem(404, "no page here: the server's pages are under " + base);
        }
        Gatekeeper.Access access = gate.check(headers, exchange.getRequestURI().getRawQuery());
        String route = path.substring(base.length());
        switch (route) {
            case "" -> {
                allow(exchange, "GET");
                if (access == Gatekeeper.Access.LINK) {
                    redirect(exchange, "./", Optional.of(gate.cookie(base)));
                } else {
                    send(exchange, 200, assets.page().type(), assets.page().content(), PAGE_POLICY);
                }
            }
            case "view" -> {
                allow(exchange, "GET");
                send(exchange, 200, "text/html; charset=utf-8", view(exchange).getBytes(StandardCharsets.UTF_8), PAGE_POLICY);
            }
            case "api/v1/units" -> {
                allow(exchange, "GET");
                sendJson(exchange, describeUnits());
            }
            case "api/v1/openapi.json" -> {
                allow(exchange, "GET");
                send(exchange, 200, assets.openApi().type(), assets.openApi().content(), DATA_POLICY);
            }
            case "api/v1/analyze" -> {
                allow(exchange, "POST");
                sendJson(exchange, analyze(AnalyzeRequest.read(body(exchange), AnalyzeRequest.FIELDS, units,
                        settings.maxChars())));
            }
            case "api/v1/figure" -> {
                allow(exchange, "POST");
                String svg = figure(AnalyzeRequest.read(body(exchange), FIGURE_FIELDS, units, settings.maxChars()));
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"connectivity.svg\"");
                send(exchange, 200, "image/svg+xml; charset=utf-8", svg.getBytes(StandardCharsets.UTF_8), DATA_POLICY);
            }
            default -> {
                PageAssets.Asset asset = route.startsWith("assets/")
                        ? assets.asset(route.substring("assets/".length())).orElse(null) : null;
                if (asset == null) {
                    throw new HttpProblem(404, "no page " + path + " (the page is " + base + ", the API under " + base
                            + "api/v1/)");
                }
                allow(exchange, "GET");
                send(exchange, 200, asset.type(), asset.content(), DATA_POLICY);
            }
        }
    }

    /** Refuses a method the route does not answer. */
    private static void allow(HttpExchange exchange, String method) throws HttpProblem {
        if (!exchange.getRequestMethod().equals(method)) {
            throw new HttpProblem(405, exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + ": this path answers " + method + " only", List.of(), Map.of("Allow", method));
        }
    }

    /** The body of a POST from this server's own page or a script: JSON, at most {@link #maxBody} bytes. */
    private byte[] body(HttpExchange exchange) throws HttpProblem {
        Headers headers = exchange.getRequestHeaders();
        gate.checkOrigin(headers);
        String type = Optional.ofNullable(headers.getFirst("Content-Type")).orElse("");
        if (!type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            throw new HttpProblem(415, "expected a body of type application/json, got "
                    + (type.isEmpty() ? "none" : type));
        }
        String length = headers.getFirst("Content-Length");
        String tooLarge = String.format(Locale.ROOT, "the body is larger than %,d bytes", maxBody);
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBody) {
                    throw new HttpProblem(413, tooLarge);
                }
            } catch (NumberFormatException e) {
                throw new HttpProblem(400, "Content-Length " + length + " is not a number");
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                throw new HttpProblem(413, tooLarge);
            }
            return body;
        } catch (IOException e) {
            throw new HttpProblem(400, "the body could not be read: " + e.getMessage());
        }
    }

    /**
     * Reads what is left of a refused request's body, up to {@value #DRAINED} bytes, so that the
     * client, still sending it, reads the answer; a larger body is cut off with the connection.
     */
    private static void drain(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
                if (read >= DRAINED) {
                    exchange.getResponseHeaders().set("Connection", "close");
                    return;
                }
            }
        } catch (IOException e) {
            // The client went away.
        }
    }

    private JsonObject describeUnits() {
        JsonObject json = new JsonObject();
        json.addProperty("api", "v1");
        json.addProperty("max_chars", settings.maxChars());
        JsonArray list = new JsonArray();
        units.all().forEach(unit -> list.add(unit.describe()));
        json.add("units", list);
        return json;
    }

    private JsonObject analyze(AnalyzeRequest request) throws HttpProblem {
        long started = System.nanoTime();
        Map<ServedUnit, UnitWorker.Answer> answers = ask(request);
        JsonObject json = new JsonObject();
        json.addProperty("api", "v1");
        json.addProperty("text", request.text().text());
        json.addProperty("given", request.text().given());
        json.addProperty("normalised", request.text().change().orElse(null));
        json.addProperty("target", request.target().map(word -> word.strip().toLowerCase(Locale.ROOT)).orElse(null));
        JsonArray positions = new JsonArray();
        request.positions().forEach(positions::add);
        json.add("positions", positions);
        JsonArray list = new JsonArray();
        answers.forEach((unit, answer) -> {
            JsonObject one = new JsonObject();
            one.addProperty("label", unit.label());
            one.addProperty("milliseconds", answer.computedMillis());
            one.addProperty("waited_milliseconds", answer.waitedMillis());
            answer.body().entrySet().forEach(entry -> one.add(entry.getKey(), entry.getValue()));
            list.add(one);
        });
        json.add("units", list);
        json.addProperty("milliseconds", (System.nanoTime() - started) / 1e6);
        return json;
    }

    /** Submits every unit's query, then waits for all answers. */
    private Map<ServedUnit, UnitWorker.Answer> ask(AnalyzeRequest request) throws HttpProblem {
        Map<ServedUnit, CompletableFuture<UnitWorker.Answer>> futures = new LinkedHashMap<>();
        for (Map.Entry<ServedUnit, UnitQuery> query : request.queries().entrySet()) {
            try {
                futures.put(query.getKey(), query.getKey().worker().submit(query.getValue()));
            } catch (UnitWorker.Busy busy) {
                throw new HttpProblem(503, "unit " + query.getKey().label() + " is busy: " + busy.getMessage()
                        + "; try again shortly", List.of(), Map.of("Retry-After", "1"));
            }
        }
        Map<ServedUnit, UnitWorker.Answer> answers = new LinkedHashMap<>();
        for (Map.Entry<ServedUnit, CompletableFuture<UnitWorker.Answer>> future : futures.entrySet()) {
            try {
                answers.put(future.getKey(), future.getValue().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HttpProblem(503, "the server is shutting down", List.of(), Map.of("Connection", "close"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
        }
        return answers;
    }

    /** The connectivity figure of one position, as {@code rnnmem report} draws it. */
    private String figure(AnalyzeRequest request) throws HttpProblem {
        String text = request.text().text();
        int position = request.integerField("position")
                .orElseThrow(() -> new HttpProblem(400, "position: missing; expected a whole number"));
        int t = position < 0 ? text.length() + position : position;
        if (t < 0 || t >= text.length()) {
            throw new HttpProblem(400, String.format(Locale.ROOT, "position: %d is outside the text, which has %d"
                    + " characters (0 to %d, or -1 to -%d from the end)", position, text.length(), text.length() - 1,
                    text.length()));
        }
        String scaleName = request.stringField("scale").orElse(ConnectivityScale.LINEAR.id());
        ConnectivityScale scale = null;
        for (ConnectivityScale each : ConnectivityScale.values()) {
            if (each.id().equals(scaleName)) {
                scale = each;
            }
        }
        if (scale == null) {
            throw new HttpProblem(400, "scale: expected linear or log, got \"" + scaleName + "\"");
        }
        AnalyzeRequest one = new AnalyzeRequest(request.text(), List.of(t), request.target(), request.units(),
                request.fields());
        List<ConnectivityPanel> panels = new ArrayList<>();
        for (Map.Entry<ServedUnit, UnitWorker.Answer> answer : ask(one).entrySet()) {
            panels.add(panel(answer.getKey(), answer.getValue().body(), text, t));
        }
        return Figures.connectivity(panels, t, scale).toXml();
    }

    /**
     * A unit's panel of the figure of one position: the selected position's suggestions, scored
     * word and row; elsewhere the text's characters and words only, which the figure of that
     * position does not shade.
     */
    private static ConnectivityPanel panel(ServedUnit unit, JsonObject body, String text, int t) {
        JsonObject at = body.getAsJsonArray("positions").get(0).getAsJsonObject();
        List<Suggestion> suggestions = new ArrayList<>();
        for (JsonElement element : at.getAsJsonArray("suggestions")) {
            JsonObject suggestion = element.getAsJsonObject();
            suggestions.add(new Suggestion(suggestion.get("word").getAsString(), suggestion.get("probability").getAsDouble()));
        }
        JsonArray values = at.getAsJsonArray("connectivity");
        List<ConnectivityStep> steps = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            double[] row = new double[text.length()];
            if (i == t) {
                for (int tau = 0; tau < row.length; tau++) {
                    row[tau] = values.get(tau).getAsDouble();
                }
            }
            String word = i == t ? at.get("scored").getAsString() : ConnectivityLayout.wordAt(text, i);
            steps.add(new ConnectivityStep(String.valueOf(text.charAt(i)), word.isEmpty() ? "(the next word)" : word,
                    i == t ? suggestions : List.of(), row));
        }
        return new ConnectivityPanel(unit.tag(), steps);
    }

    /** The view of a text, its rows to be asked for. */
    private String view(HttpExchange exchange) throws HttpProblem {
        String query = exchange.getRequestURI().getRawQuery();
        String raw = Gatekeeper.parameter(query, "text")
                .orElseThrow(() -> new HttpProblem(400, "text: missing; expected view?text=..."));
        String text = AnalyzeRequest.text(raw, settings.maxChars()).text();
        List<ServedUnit> all = units.all();
        return new PendingConnectivityView(text, all.stream().map(ServedUnit::tag).toList(),
                all.stream().map(ServedUnit::note).toList(), text.length() - 1, ConnectivityScale.LINEAR).toHtml();
    }

    private static void redirect(HttpExchange exchange, String location, Optional<String> cookie) {
        cookie.ifPresent(value -> exchange.getResponseHeaders().add("Set-Cookie", value));
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 303, "text/plain; charset=utf-8", ("see " + location).getBytes(StandardCharsets.UTF_8), DATA_POLICY);
    }

    private static void sendJson(HttpExchange exchange, JsonObject json) {
        send(exchange, 200, JSON, GSON.toJson(json).getBytes(StandardCharsets.UTF_8), DATA_POLICY);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, String policy) {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cache-Control", "no-store");
        headers.set("Content-Security-Policy", policy);
        try {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client went away; nothing is left to tell it.
        }
    }

    @Override
    public void close() {
        closing = true;
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        while (active.get() > 0 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
