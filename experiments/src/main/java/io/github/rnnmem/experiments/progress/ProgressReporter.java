package io.github.rnnmem.experiments.progress;

/** Starts progress tasks; one reporter serves a whole run. */
public interface ProgressReporter {

    /**
     * Starts a task.
     *
     * @param name what is being done, such as {@code building dataset} or {@code train gru}
     * @param total how many units of work there are, or a value {@code <= 0} when unknown
     * @param unit what one unit of work is, such as {@code chars}, {@code bytes} or {@code steps}
     * @return the task, to advance and close
     */
    ProgressTask start(String name, long total, String unit);

    /**
     * A reporter that shows nothing, for tests and quiet runs.
     *
     * @return the silent reporter
     */
    static ProgressReporter silent() {
        return (name, total, unit) -> new ProgressTask() {
            @Override
            public void advance(long amount) {}

            @Override
            public void status(String text) {}

            @Override
            public void close() {}
        };
    }
}
