package io.github.rnnmem.experiments.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named moments of a run at which a fault can be injected, for the tests that prove a run
 * survives them: a kill, or a disk that fills. Each file written is two moments, {@code
 * before:NAME} (its temporary file complete, not yet renamed) and {@code after:NAME} (renamed into
 * place), and clearing a unit's directory is one moment per deleted entry, {@code cleared:NAME}.
 *
 * <p>The environment variable {@value #VARIABLE} chooses one moment, as {@code ACTION:POINT} or
 * {@code ACTION:POINT#N} for its N-th occurrence (counted from 1 in the process; a point ending in
 * {@code *} matches every name it starts). The action {@code halt} stops the process at once, as
 * a kill would, with status {@value #HALT_STATUS}; {@code pause} creates the file named by {@value
 * #MARKER} and waits until it is deleted. Without the variable nothing happens; it is read once.
 */
public final class FaultPoint {

    /** The environment variable naming the fault and its moment. */
    public static final String VARIABLE = "RNNMEM_FAULT";

    /** The environment variable naming the file a pause waits on. */
    public static final String MARKER = "RNNMEM_FAULT_MARKER";

    /** The exit status of a halted process. */
    public static final int HALT_STATUS = 99;

    private static final Plan PLAN = Plan.parse(System.getenv());

    private FaultPoint() {}

    /**
     * Marks a moment: halts or pauses the process when it is the chosen one.
     *
     * @param point the moment, such as {@code after:latest.ckpt}
     */
    public static void reached(String point) {
        if (PLAN != null) {
            PLAN.reached(point);
        }
    }

    /** The chosen moment and what to do there. */
    private record Plan(String action, String point, int occurrence, Path marker, AtomicInteger seen) {

        static Plan parse(Map<String, String> environment) {
            String value = environment.get(VARIABLE);
            if (value == null || value.isBlank()) {
                return null;
            }
            int colon = value.indexOf(':');
            int hash = value.lastIndexOf('#');
            if (colon < 0) {
                throw new IllegalStateException(VARIABLE + " must be ACTION:POINT[#N], got " + value);
            }
            String action = value.substring(0, colon).toLowerCase(Locale.ROOT);
            String point = hash > colon ? value.substring(colon + 1, hash) : value.substring(colon + 1);
            int occurrence = hash > colon ? Integer.parseInt(value.substring(hash + 1)) : 1;
            String marker = environment.get(MARKER);
            if (!action.equals("halt") && !(action.equals("pause") && marker != null)) {
                throw new IllegalStateException(VARIABLE + ": the action is halt, or pause with " + MARKER + " set; got "
                        + value);
            }
            return new Plan(action, point, occurrence, marker == null ? null : Path.of(marker), new AtomicInteger());
        }

        void reached(String name) {
            boolean matches = point.endsWith("*") ? name.startsWith(point.substring(0, point.length() - 1)) : name.equals(point);
            if (!matches || seen.incrementAndGet() != occurrence) {
                return;
            }
            System.err.println("rnnmem: fault injected: " + action + " at " + name);
            System.err.flush();
            if (action.equals("halt")) {
                Runtime.getRuntime().halt(HALT_STATUS);
            }
            pause();
        }

        private void pause() {
            try {
                Files.createFile(marker);
                while (Files.exists(marker)) {
                    Thread.sleep(20);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot pause at a fault point: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
