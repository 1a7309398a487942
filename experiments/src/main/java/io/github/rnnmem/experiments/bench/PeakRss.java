package io.github.rnnmem.experiments.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The process's peak resident memory, from Linux's {@code /proc/self/status} ({@code VmHWM}),
 * which writing {@code 5} to {@code /proc/self/clear_refs} resets to the current resident size.
 * Elsewhere there is no reading.
 */
final class PeakRss {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final String PEAK = "VmHWM:";

    private PeakRss() {}

    /** Starts a new peak from the current resident size, where Linux allows it. */
    static void reset() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or not allowed: the peak then covers the whole process
        }
    }

    /**
     * The peak resident size since the last {@link #reset}.
     *
     * @return bytes, or empty where the system does not say
     */
    static OptionalLong bytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(PEAK)) {
                    String kilobytes = line.substring(PEAK.length()).trim().split("\\s+")[0];
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | NumberFormatException | SecurityException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * A peak as tables show it.
     *
     * @param bytes the peak, or empty
     * @return for instance {@code 5.9 GB}, or {@code n/a}
     */
    static String format(OptionalLong bytes) {
        return bytes.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes.getAsLong() / 1e9) : "n/a";
    }
}
