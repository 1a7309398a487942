package io.github.rnnmem.experiments.serve;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Talks to a server as a script does, with {@code java.net.http.HttpClient}: the token as {@code
 * Authorization: Bearer}. {@link #raw} sends a request byte for byte, for headers the client will
 * not set (such as {@code Host}).
 *
 * @param server the server
 * @param token its token
 * @param http the client
 */
record ServerClient(ExplorerServer server, String token, HttpClient http) {

    static ServerClient of(ExplorerServer server, String token) {
        return new ServerClient(server, token, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    URI uri(String path) {
        return server.address().resolve(path);
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        return send(request, headers);
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request, headers);
    }

    /** A POST of JSON with the token. */
    HttpResponse<String> analyze(String body) {
        return post("api/v1/analyze", body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    /** The JSON answer of a successful analysis. */
    JsonObject analyzed(String body) {
        HttpResponse<String> response = analyze(body);
        if (response.statusCode() != 200) {
            throw new AssertionError("status " + response.statusCode() + ": " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request as written and reads the status line of the answer.
     *
     * @param lines the request's lines, without the blank line that ends the headers
     * @return the status code
     */
    int raw(List<String> lines) throws IOException {
        try (Socket socket = new Socket(server.address().getHost(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
