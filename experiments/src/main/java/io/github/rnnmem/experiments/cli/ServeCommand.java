package io.github.rnnmem.experiments.cli;

import com.google.inject.Injector;
import io.github.rnnmem.api.Domain;
import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.serve.ExplorerServer;
import io.github.rnnmem.experiments.serve.ServeSettings;
import io.github.rnnmem.experiments.serve.ServedUnits;
import io.github.rnnmem.experiments.wiring.Console;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rnnmem serve RUN... [--port N] [--host HOST] [--unit LABEL]... [--base-url PATH]}: a local
 * HTTP server over the trained units of runs, with a page to explore any text and a JSON API.
 */
@Command(
        name = "serve",
        header = "explore any text live in the browser with the trained units of runs, side by side",
        description = {
            "Loads the trained units of one or more run directories and serves a page where you type a text and see"
                + " each unit's suggestions as you type, and the connectivity view of the report for the text: select"
                + " a character to see how much each unit's prediction there depends on every earlier one, on a linear"
                + " or log scale, for the text's own word or a target word you name. The page and its JSON API"
                + " (api/v1/units, api/v1/analyze, api/v1/figure, api/v1/openapi.json) answer only requests that carry"
                + " the token of the printed link.",
            "Prints one line with the link to open and serves until interrupted (Ctrl-C or SIGTERM), letting the"
                + " requests in flight finish. It listens on 127.0.0.1 unless --host says otherwise; to use it on a"
                + " remote machine, forward the port: ssh -L 8000:127.0.0.1:8000 HOST."},
        footer = {
            "  rnnmem serve runs/quickstart",
            "  rnnmem serve runs/quickstart runs/paper --unit quickstart/gru",
            "  rnnmem serve runs/quickstart --port 0",
            "  rnnmem serve runs/quickstart --base-url /rnnmem/ --allow-host lab.example"})
final class ServeCommand implements Callable<Integer> {

    private final Provider<UnitRegistry> units;
    private final Injector injector;
    private final Console console;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "run directories, as 'rnnmem run' writes them")
    private List<Path> roots = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", converter = PortNumber.class,
            description = "the port to listen on; 0 picks a free one (default: 8000)")
    private int port = 8000;

    @Option(names = "--host", paramLabel = "HOST",
            description = "the address to listen on; any other than the loopback exposes the server to the network"
                    + " (default: 127.0.0.1)")
    private String host = "127.0.0.1";

    @Option(names = "--unit", paramLabel = "LABEL", completionCandidates = UnitNames.class,
            description = "a unit to serve, by its label (after its run's name when several runs are served);"
                    + " repeatable (default: every unit)")
    private List<String> labels = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "PATH", converter = BasePath.class,
            description = "the path the page lives under, behind a proxy that forwards it (default: /)")
    private String basePath = "/";

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "a further host name the browser may use for this server (the Host header), such as a"
                    + " proxy's; repeatable (default: the bound address and the loopback names only)")
    private List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--max-chars", paramLabel = "N", converter = TextLimit.class,
            description = "the longest text accepted, in characters (default: " + ServeSettings.DEFAULT_MAX_CHARS + ")")
    private int maxChars = ServeSettings.DEFAULT_MAX_CHARS;

    @Option(names = "--queue", paramLabel = "N", converter = QueueLength.class,
            description = "requests that may wait per unit while it computes; more are answered 503 (default: 8)")
    private int queue = 8;

    @Inject
    ServeCommand(Provider<UnitRegistry> units, Injector injector, Console console) {
        this.units = units;
        this.injector = injector;
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        boolean loopback = loopback(host);
        List<ServedUnits.Run> runs = ServedRuns.of(roots, units.get(), injector);
        ServeSettings settings = new ServeSettings(host, port, allowedHosts, basePath, maxChars, ServeSettings.newToken());
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        try (ServedUnits served = ServedUnits.load(runs, labels, queue, console::warn)) {
            ExplorerServer server;
            try {
                server = ExplorerServer.start(served, settings);
            } catch (BindException e) {
                throw new BadInputException("--port " + port + ": cannot listen on " + host + ":" + port + " ("
                        + e.getMessage() + "): another program uses it; choose another port, or --port 0 for a free one", e);
            }
            if (!loopback) {
                console.warn("the server listens on " + host + ", not only on this machine: anyone who can reach it and"
                        + " has the link's token can use it");
            }
            // On SIGINT or SIGTERM: refuse new requests, let those in flight finish, release the port, then wait
            // (briefly) for the units' arrays to be freed before the JVM ends.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
                try {
                    released.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "rnnmem-serve-stop"));
            console.out().println("rnnmem serve: " + served.labels().size() + " units (" + String.join(", ", served.labels())
                    + "); open " + server.link() + " (Ctrl-C stops the server)");
            console.out().flush();
            stopped.await();
        } finally {
            released.countDown();
        }
        return 0;
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new BadInputException("--host " + host + ": no such host on this machine", e);
        }
    }

    /** {@code --port}: 0 to 65535. */
    static final class PortNumber extends IntegerInRange {
        PortNumber() {
            super("a port number", new Domain.IntegerRange(0, 65535));
        }
    }

    /** {@code --max-chars}: a text length. */
    static final class TextLimit extends IntegerInRange {
        TextLimit() {
            super("a number of characters", new Domain.IntegerRange(1, 100_000));
        }
    }

    /** {@code --queue}: a queue length. */
    static final class QueueLength extends IntegerInRange {
        QueueLength() {
            super("a number of requests", new Domain.IntegerRange(1, 1000));
        }
    }

    /** {@code --base-url}: a path. */
    static final class BasePath implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            try {
                return ServeSettings.basePath(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
