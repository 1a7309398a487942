package io.github.rnnmem.experiments.stop;

/**
 * Whether the process has been asked to end. Work that can stop cleanly at its own boundaries (a
 * training loop, at the end of a batch, after writing a checkpoint) declares them with {@link
 * #deferred()}; elsewhere a request ends the process at once, which loses only the work in progress
 * because every file is written atomically.
 */
public interface StopRequests {

    /** Requests that never come: for work that always runs to its end. */
    StopRequests NEVER = new StopRequests() {
        @Override
        public boolean requested() {
            return false;
        }

        @Override
        public Deferral deferred() {
            return () -> {};
        }
    };

    /**
     * Whether an end was asked for while a deferral was open.
     *
     * @return true once asked; it stays true
     */
    boolean requested();

    /**
     * Opens a stretch of work during which a request waits for the work to stop at its next
     * boundary (by checking {@link #requested()}) instead of ending the process.
     *
     * @return the deferral, to close when the stretch ends
     */
    Deferral deferred();

    /** A stretch of work that stops at its own boundaries. */
    interface Deferral extends AutoCloseable {
        /** Ends the stretch: a request from now on ends the process at once again. */
        @Override
        void close();
    }
}
