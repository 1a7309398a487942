package io.github.rnnmem.experiments.progress;

/** One piece of long work in progress. Closing it prints its final line. */
public interface ProgressTask extends AutoCloseable {

    /**
     * Records finished work.
     *
     * @param amount units of work done since the last call
     */
    void advance(long amount);

    /**
     * Sets a short status shown after the bar, such as {@code loss 2.31}.
     *
     * @param text the status, or an empty string for none
     */
    void status(String text);

    /** Marks the task finished. */
    @Override
    void close();
}
