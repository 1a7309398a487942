package io.github.rnnmem.experiments.serve;

import io.github.rnnmem.viz.report.PendingConnectivityView;
import io.github.rnnmem.viz.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The page and the files it loads, held in memory: the only files the server sends. Names are
 * looked up in a fixed table, so no request can reach any other file.
 */
final class PageAssets {

    /**
     * A file to send.
     *
     * @param type its media type
     * @param content its bytes
     */
    record Asset(String type, byte[] content) {}

    private static final String JAVASCRIPT = "text/javascript; charset=utf-8";

    private final Asset page = new Asset("text/html; charset=utf-8", resource("page.html"));
    private final Asset api = new Asset("application/json; charset=utf-8", resource("openapi.json"));
    private final Map<String, Asset> assets = Map.of(
            "style.css", new Asset("text/css; charset=utf-8", (Report.style() + "\n" + PendingConnectivityView.style() + "\n"
                    + new String(resource("page.css"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)),
            "connectivity.js", new Asset(JAVASCRIPT, PendingConnectivityView.script().getBytes(StandardCharsets.UTF_8)),
            "page.js", new Asset(JAVASCRIPT, resource("page.js")));

    /**
     * The page.
     *
     * @return its HTML
     */
    Asset page() {
        return page;
    }

    /**
     * The API's OpenAPI description.
     *
     * @return its JSON
     */
    Asset openApi() {
        return api;
    }

    /**
     * A file the page loads.
     *
     * @param name such as {@code page.js}
     * @return the file, or empty for any other name
     */
    Optional<Asset> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static byte[] resource(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the page's file " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
