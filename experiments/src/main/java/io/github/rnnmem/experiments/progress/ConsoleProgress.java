package io.github.rnnmem.experiments.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows progress on a console: a redrawn bar with rate and ETA on a terminal, or one plain line
 * every {@code interval} when the output is a file or a pipe.
 *
 * <p>A line reads {@code train gru  [=====>     ]  52%  1,200/2,300 steps  13.2 steps/s  ETA
 * 1m23s  loss 2.31}; with an unknown total, the bar and ETA are left out.
 */
public final class ConsoleProgress implements ProgressReporter {

    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long intervalNanos;
    private final LongSupplier clock;

    /**
     * Creates a reporter.
     *
     * @param out where to print
     * @param terminal true to redraw one line in place, false for periodic plain lines
     * @param interval the shortest time between two printed lines
     * @param clock the time source in nanoseconds, {@link System#nanoTime()} outside tests
     */
    public ConsoleProgress(PrintStream out, boolean terminal, Duration interval, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = interval.toNanos();
        this.clock = clock;
    }

    /**
     * A reporter for this process's standard output, redrawing in place when it is a terminal.
     *
     * @return the reporter
     */
    public static ConsoleProgress forStandardOutput() {
        boolean terminal = System.console() != null;
        return new ConsoleProgress(
                System.out, terminal, terminal ? Duration.ofMillis(200) : Duration.ofSeconds(10), System::nanoTime);
    }

    @Override
    public ProgressTask start(String name, long total, String unit) {
        return new ConsoleTask(name, total, unit);
    }

    /**
     * Formats a duration as {@code 45s}, {@code 3m07s} or {@code 2h05m}.
     *
     * @param seconds the duration in seconds
     * @return the text
     */
    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }

    private final class ConsoleTask implements ProgressTask {

        private final String name;
        private final long total;
        private final String unit;
        private final long started;
        private long done;
        private long lastPrinted;
        private String status = "";
        private boolean closed;

        ConsoleTask(String name, long total, String unit) {
            this.name = name;
            this.total = total;
            this.unit = unit;
            this.started = clock.getAsLong();
            this.lastPrinted = started;
        }

        @Override
        public synchronized void advance(long amount) {
            done += amount;
            long now = clock.getAsLong();
            if (now - lastPrinted >= intervalNanos) {
                lastPrinted = now;
                print(now, false);
            }
        }

        @Override
        public synchronized void status(String text) {
            status = text == null ? "" : text;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                print(clock.getAsLong(), true);
            }
        }

        private void print(long now, boolean last) {
            String line = line(now, last);
            if (terminal) {
                out.print("\r" + line + "\u001b[K" + (last ? System.lineSeparator() : ""));
            } else {
                out.println(line);
            }
            out.flush();
        }

        private String line(long now, boolean last) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            double rate = done / seconds;
            StringBuilder text = new StringBuilder(name).append("  ");
            if (total > 0) {
                double fraction = Math.min(1.0, (double) done / total);
                int filled = (int) Math.round(fraction * BAR_WIDTH);
                text.append('[')
                        .append("=".repeat(filled))
                        .append(filled < BAR_WIDTH ? ">" : "")
                        .append(" ".repeat(Math.max(0, BAR_WIDTH - filled - 1)))
                        .append("] ")
                        .append(String.format(Locale.ROOT, "%3d%%  %,d/%,d %s", Math.round(fraction * 100), done, total, unit));
            } else {
                text.append(String.format(Locale.ROOT, "%,d %s", done, unit));
            }
            text.append(String.format(Locale.ROOT, "  %s %s/s", compact(rate), unit));
            if (last) {
                text.append("  in ").append(formatDuration(seconds));
            } else if (total > 0 && rate > 0) {
                text.append("  ETA ").append(formatDuration((total - done) / rate));
            }
            if (!status.isEmpty()) {
                text.append("  ").append(status);
            }
            return text.toString();
        }
    }

    private static String compact(double value) {
        if (value >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", value / 1e6);
        }
        if (value >= 1e4) {
            return String.format(Locale.ROOT, "%.1fk", value / 1e3);
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
