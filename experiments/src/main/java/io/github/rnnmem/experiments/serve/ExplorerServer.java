package io.github.rnnmem.experiments.serve;

import java.io.IOException;
import java.net.URI;

/**
 * A local HTTP server over trained units: the page to explore any text with them, and the
 * versioned JSON API it uses ({@code api/v1/...}), under a base path.
 */
public interface ExplorerServer extends AutoCloseable {

    /**
     * Starts a server on the JDK's HTTP server ({@code jdk.httpserver}).
     *
     * @param units the units to serve; the caller closes them after the server
     * @param settings where it listens and what it accepts
     * @return the running server
     * @throws IOException when the address cannot be bound (a taken port, an unknown host)
     */
    static ExplorerServer start(ServedUnits units, ServeSettings settings) throws IOException {
        return HttpExplorer.start(units, settings);
    }

    /**
     * Where the page is.
     *
     * @return such as {@code http://127.0.0.1:8000/}
     */
    URI address();

    /**
     * The link to open: the page's address with the token, which the page exchanges for a cookie.
     *
     * @return such as {@code http://127.0.0.1:8000/?token=...}
     */
    URI link();

    /**
     * Stops: refuses new requests (503), lets those in flight finish (for at most a minute), then
     * releases the port.
     */
    @Override
    void close();
}
