package io.github.rnnmem.experiments.stop;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Stop requests from SIGTERM, the signal Slurm sends at a time limit's warning (through the batch
 * script, which turns its {@code USR2} into a SIGTERM for the JVM: the JVM itself uses SIGUSR2 and
 * cannot handle SIGUSR1), at cancellation and at preemption, and Kubernetes at eviction.
 *
 * <p>While a deferral is open the first SIGTERM is remembered and answered at the work's next
 * boundary; a second one, or one outside a deferral, ends the process at once with status {@value
 * #STATUS} (128 + 15, as a process killed by SIGTERM reports). Installing replaces the JVM's own
 * handling of SIGTERM (run the shutdown hooks and exit) for the rest of the process.
 */
public final class TerminationSignal implements StopRequests {

    /** The exit status of a process that ended on SIGTERM. */
    public static final int STATUS = 143;

    private final PrintStream err;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicInteger deferrals = new AtomicInteger();

    private TerminationSignal(PrintStream err) {
        this.err = err;
    }

    /**
     * Handles SIGTERM from now on.
     *
     * @param err where the process says what it does on the signal
     * @return the requests
     */
    public static TerminationSignal install(PrintStream err) {
        TerminationSignal signal = new TerminationSignal(err);
        Signal.handle(new Signal("TERM"), received -> signal.received());
        return signal;
    }

    private void received() {
        if (deferrals.get() > 0 && requested.compareAndSet(false, true)) {
            err.println("rnnmem: SIGTERM received: stopping at the end of this batch, after writing a checkpoint");
            err.flush();
            return;
        }
        err.println("rnnmem: SIGTERM received: stopping now; run again to resume from the last checkpoint");
        err.flush();
        Runtime.getRuntime().halt(STATUS);
    }

    @Override
    public boolean requested() {
        return requested.get();
    }

    @Override
    public Deferral deferred() {
        deferrals.incrementAndGet();
        return deferrals::decrementAndGet;
    }
}
