package io.github.rnnmem.api.testkit;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The DJL engines present on the test class path that compute with arrays, used offline.
 *
 * <p>The kit brings the CPU builds of MXNet and PyTorch with their native libraries, so DJL has
 * nothing to download: unless the user chose otherwise ({@code -Dai.djl.offline} or {@code
 * DJL_OFFLINE}), the kit sets {@code ai.djl.offline=true} before the first engine loads, which also
 * keeps DJL from reporting usage. It also keeps DJL's informational log lines out of the test
 * output (the simple logger at level warn, GPU detection at error), unless those are set.
 */
public final class Engines {

    static {
        prepareDjl();
    }

    private Engines() {}

    /**
     * Makes DJL work offline and log only warnings, unless the user said otherwise. Idempotent;
     * called before any engine loads by every entry point of the kit.
     */
    static void prepareDjl() {
        if (System.getenv("DJL_OFFLINE") == null) {
            setUnlessSet("ai.djl.offline", "true");
        }
        setUnlessSet("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setUnlessSet("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
    }

    private static void setUnlessSet(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Every engine DJL finds that computes with arrays (DJL's own remote-call engine does not),
     * sorted by name.
     *
     * @return engine names, such as {@code MXNet} and {@code PyTorch}
     */
    public static List<String> available() {
        List<String> engines = new ArrayList<>();
        for (String name : new TreeSet<>(Engine.getAllEngines())) {
            try (NDManager manager = Engine.getEngine(name).newBaseManager()) {
                manager.create(new float[] {1f}).add(1f).getFloat();
                engines.add(name);
            } catch (UnsupportedOperationException e) {
                // not an array engine
            }
        }
        return engines;
    }

    /**
     * Engines with their versions, for people.
     *
     * @param engines engine names
     * @return for instance {@code MXNet 1.9.1, PyTorch 2.7.1}, or {@code no engine}
     */
    public static String describe(List<String> engines) {
        if (engines.isEmpty()) {
            return "no engine";
        }
        return engines.stream()
                .map(name -> String.format(Locale.ROOT, "%s %s", name, Engine.getEngine(name).getVersion()))
                .collect(Collectors.joining(", "));
    }
}
