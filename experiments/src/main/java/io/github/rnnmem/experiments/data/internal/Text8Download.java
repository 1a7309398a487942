package io.github.rnnmem.experiments.data.internal;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.FileProblems;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Brings {@code text8.zip} into a cache directory once, then reuses it without network.
 *
 * <p>The bytes go to {@code text8.zip.part}. When that file already holds a prefix, the request
 * asks for the rest with {@code Range: bytes=<size>-}: a {@code 206} answer starting there is
 * appended, a {@code 200} answer (a server that ignores ranges) replaces the prefix. The finished
 * file must have the expected size and hold an entry {@code text8} of the expected size; it is then
 * renamed atomically to {@code text8.zip}. A transfer cut short keeps its prefix for the next
 * run; a file of the wrong size is deleted.
 */
public final class Text8Download {

    /** The archive's file name in the cache directory. */
    public static final String ZIP_NAME = "text8.zip";
    /** The name of the text entry inside the archive. */
    public static final String ENTRY_NAME = "text8";

    private static final String ADVICE =
            "Download text8.zip yourself and set corpus.path to it (or to a folder of text),"
                    + " or set corpus.url to a mirror; on the command line, --corpus PATH does the first.";
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-\\d+/(\\d+|\\*)");
    private static final int BLOCK_BYTES = 1 << 16;

    private final HttpClient client;
    private final ProgressReporter progress;

    /**
     * Creates a downloader.
     *
     * @param client the HTTP client
     * @param progress where download progress in bytes is shown
     */
    public Text8Download(HttpClient client, ProgressReporter progress) {
        this.client = client;
        this.progress = progress;
    }

    /**
     * A client that follows redirects and gives up connecting after 30 seconds.
     *
     * @return the client
     */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * Returns the verified archive, downloading it first when the cache lacks it.
     *
     * @param url where to download from
     * @param directory the cache directory
     * @param zipBytes the archive's exact size
     * @param entryBytes the exact size of its {@code text8} entry
     * @return the path of {@code text8.zip}
     * @throws BadInputException when the download fails or gives the wrong file, or a cached
     *     archive is not the expected one
     */
    public Path fetch(URI url, Path directory, long zipBytes, long entryBytes) {
        Path zip = directory.resolve(ZIP_NAME);
        if (Files.exists(zip)) {
            String problem = verify(zip, zipBytes, entryBytes);
            if (problem != null) {
                throw new BadInputException(zip + ": " + problem + "; delete it to download text8 again");
            }
            return zip;
        }
        Path part = directory.resolve(ZIP_NAME + ".part");
        try {
            Files.createDirectories(directory);
            download(url, part, zipBytes);
            String problem = verify(part, zipBytes, entryBytes);
            if (problem != null) {
                throw new WrongFileException("the downloaded file " + problem);
            }
            Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return zip;
        } catch (WrongFileException e) {
            deleteQuietly(part);
            throw failure(url, e.getMessage());
        } catch (IOException e) {
            throw failure(url, networkReason(url, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(url, "the download was interrupted");
        }
    }

    private void download(URI url, Path part, long expected) throws IOException, InterruptedException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        if (have >= expected) {
            Files.delete(part);
            have = 0;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            long start = start(url, response, have, expected);
            try (FileChannel out = FileChannel.open(
                            part, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    ProgressTask task = progress.start("downloading text8.zip", expected, "bytes")) {
                out.truncate(start);
                out.position(start);
                task.advance(start);
                copy(body, out, expected, task);
            }
        }
        long size = Files.size(part);
        if (size < expected) {
            throw failure(url, String.format(
                    Locale.ROOT, "the transfer stopped at %,d of %,d bytes; run again to resume", size, expected));
        }
    }

    /** Where the response's bytes belong in the file, after checking its status and size. */
    private static long start(URI url, HttpResponse<InputStream> response, long have, long expected)
            throws WrongFileException {
        int status = response.statusCode();
        if (status == 206) {
            Matcher range = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
            if (!range.matches() || Long.parseLong(range.group(1)) != have) {
                throw new WrongFileException("the server answered a range request with an unexpected Content-Range");
            }
            if (!range.group(2).equals("*")) {
                checkSize(Long.parseLong(range.group(2)), expected);
            }
            return have;
        }
        if (status == 200) {
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            if (length.isPresent()) {
                checkSize(length.getAsLong(), expected);
            }
            return 0;
        }
        if (status == 416) {
            throw new WrongFileException(String.format(
                    Locale.ROOT, "the server has no bytes past the %,d already downloaded", have));
        }
        throw failure(url, "the server answered HTTP " + status);
    }

    private static void copy(InputStream body, FileChannel out, long expected, ProgressTask task) throws IOException {
        byte[] block = new byte[BLOCK_BYTES];
        for (int n = body.read(block); n >= 0; n = body.read(block)) {
            if (out.position() + n > expected) {
                throw new WrongFileException(String.format(
                        Locale.ROOT, "the server sent more than the %,d bytes of text8.zip", expected));
            }
            out.write(ByteBuffer.wrap(block, 0, n));
            task.advance(n);
        }
    }

    private static void checkSize(long actual, long expected) throws WrongFileException {
        if (actual != expected) {
            throw new WrongFileException(String.format(
                    Locale.ROOT, "the server offers %,d bytes, but text8.zip has %,d", actual, expected));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The message about the failed download matters more than this one.
        }
    }

    /**
     * Checks an archive's size and its text8 entry.
     *
     * @return null when it is the expected archive, otherwise the problem
     */
    private static String verify(Path zip, long zipBytes, long entryBytes) {
        try {
            long size = Files.size(zip);
            if (size != zipBytes) {
                return String.format(Locale.ROOT, "has %,d bytes, not the %,d of text8.zip", size, zipBytes);
            }
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                ZipEntry entry = archive.getEntry(ENTRY_NAME);
                if (entry == null) {
                    return "holds no entry named " + ENTRY_NAME;
                }
                if (entry.getSize() != entryBytes) {
                    return String.format(
                            Locale.ROOT, "has an entry text8 of %,d bytes, not %,d", entry.getSize(), entryBytes);
                }
            }
            return null;
        } catch (IOException e) {
            return "is not a readable zip archive (" + FileProblems.reason(e) + ")";
        }
    }

    private static BadInputException failure(URI url, String problem) {
        return new BadInputException("could not download text8 from " + url + ": " + problem + ". " + ADVICE);
    }

    /** Says in words what a failed request means: no name resolution, no connection, no answer. */
    private static String networkReason(URI url, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "the host " + url.getHost() + " cannot be found (no network?)";
            }
        }
        if (e instanceof HttpTimeoutException) {
            return "the server did not answer in time";
        }
        if (e instanceof ConnectException) {
            return "cannot connect to " + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                    + " (no network, or the server is down)";
        }
        return FileProblems.reason(e);
    }

    /** The server offers, or sent, something other than text8.zip: its bytes are not kept. */
    private static final class WrongFileException extends IOException {

        private static final long serialVersionUID = 1L;

        WrongFileException(String message) {
            super(message);
        }
    }
}
