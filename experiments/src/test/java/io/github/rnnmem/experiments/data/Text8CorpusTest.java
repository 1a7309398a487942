package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Text8CorpusTest {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");
    private static final String TEXT = " anarchism originated as a term of abuse first used against early working class"
            .repeat(300);

    @TempDir
    Path cache;

    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private byte[] zip;
    private HttpServer server;
    private boolean honourRanges = true;
    private int status = 200;

    @BeforeEach
    void serveAZip() throws IOException {
        zip = zipOf(TEXT);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dc/text8.zip", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void downloadsVerifiesAndReadsTheArchiveThenReusesItWithoutNetwork() throws IOException {
        NormalisedText text = corpus(zip.length, TEXT.length()).read(ProgressReporter.silent());

        assertThat(text.toString()).isEqualTo(TEXT.strip());
        assertThat(Files.readAllBytes(cache.resolve("text8.zip"))).isEqualTo(zip);
        assertThat(cache.resolve("text8.zip.part")).doesNotExist();

        server.stop(0);
        assertThat(corpus(zip.length, TEXT.length()).read(ProgressReporter.silent()).toString())
                .isEqualTo(TEXT.strip());
    }

    @Test
    void resumesAPartialDownloadWithARangeRequest() throws IOException {
        int half = zip.length / 2;
        Files.write(cache.resolve("text8.zip.part"), Arrays.copyOf(zip, half));

        corpus(zip.length, TEXT.length()).read(ProgressReporter.silent());

        assertThat(ranges).containsExactly("bytes=" + half + "-");
        assertThat(Files.readAllBytes(cache.resolve("text8.zip"))).isEqualTo(zip);
    }

    @Test
    void startsAgainWhenTheServerIgnoresTheRange() throws IOException {
        honourRanges = false;
        Files.write(cache.resolve("text8.zip.part"), new byte[zip.length / 3]);

        corpus(zip.length, TEXT.length()).read(ProgressReporter.silent());

        assertThat(ranges).hasSize(1);
        assertThat(Files.readAllBytes(cache.resolve("text8.zip"))).isEqualTo(zip);
    }

    @Test
    void refusesAFileOfTheWrongSizeAndKeepsNothing() {
        Text8Corpus corpus = corpus(zip.length + 10, TEXT.length());

        assertThatThrownBy(() -> corpus.read(ProgressReporter.silent()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("could not download text8 from " + corpus.url())
                .hasMessageContaining(String.format("offers %,d bytes", zip.length))
                .hasMessageEndingWith("Download text8.zip yourself and set corpus.path to it (or to a folder of text),"
                        + " or set corpus.url to a mirror; on the command line, --corpus PATH does the first.");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void refusesAnArchiveWhoseEntryHasTheWrongSize() {
        Text8Corpus corpus = corpus(zip.length, 100_000_000L);

        assertThatThrownBy(() -> corpus.read(ProgressReporter.silent()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("has an entry text8 of " + String.format("%,d", TEXT.length()) + " bytes");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void reportsAnHttpError() {
        status = 404;

        assertThatThrownBy(() -> corpus(zip.length, TEXT.length()).read(ProgressReporter.silent()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the server answered HTTP 404")
                .hasMessageContaining("set corpus.path");
    }

    @Test
    void explainsWhatToDoWhenTheServerCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/dc/text8.zip");
        Text8Corpus corpus = new Text8Corpus(url, cache, 0, zip.length, TEXT.length());

        assertThatThrownBy(() -> corpus.read(ProgressReporter.silent()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("could not download text8 from " + url + ": ")
                .hasMessageContaining("cannot connect to 127.0.0.1:" + closedPort + " (no network, or the server is down)")
                .hasMessageContaining("set corpus.path to it");
        assertThat(cache.resolve("text8.zip")).doesNotExist();
    }

    @Test
    void fingerprintDoesNotDependOnTheMirror() {
        Text8Corpus canonical = new Text8Corpus(Text8Corpus.DEFAULT_URL, cache, 5_000_000);
        Text8Corpus mirror = new Text8Corpus(URI.create("http://mirror.example/text8.zip"), cache.resolve("x"), 5_000_000);
        Text8Corpus shorter = new Text8Corpus(Text8Corpus.DEFAULT_URL, cache, 1_000_000);

        assertThat(mirror.fingerprint()).isEqualTo(canonical.fingerprint());
        assertThat(shorter.fingerprint()).isNotEqualTo(canonical.fingerprint());
        assertThat(canonical.describe()).contains("http://mattmahoney.net/dc/text8.zip").contains("5,000,000");
    }

    private Text8Corpus corpus(long zipBytes, long entryBytes) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dc/text8.zip");
        return new Text8Corpus(url, cache, 0, zipBytes, entryBytes);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range != null) {
            ranges.add(range);
        }
        Matcher matcher = range == null ? null : RANGE.matcher(range);
        try (exchange) {
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
            } else if (honourRanges && matcher != null && matcher.matches()) {
                int from = Integer.parseInt(matcher.group(1));
                exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (zip.length - 1) + "/" + zip.length);
                exchange.sendResponseHeaders(206, zip.length - from);
                exchange.getResponseBody().write(zip, from, zip.length - from);
            } else {
                exchange.sendResponseHeaders(200, zip.length);
                exchange.getResponseBody().write(zip);
            }
        }
    }

    private static byte[] zipOf(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("text8"));
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

}
