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
 * boundary. Outside a deferral a SIGTERM ends the process at once with status {@value #STATUS}
 * (128 + 15, as a process killed by SIGTERM reports), as does a second one more than {@value
 * #REPEAT_SECONDS} seconds after the first: a user insisting. One within that time is the same
 * request arriving twice (Slurm signals every process of a job, and the job's script passes its own
 * signal on). Installing replaces the JVM's own handling of SIGTERM (run the shutdown hooks and
 * exit) for the rest of the process.
 */
public final class TerminationSignal implements StopRequests {

    /** The exit status of a process that ended on SIGTERM. */
    public static final int STATUS = 143;

    /** Seconds within which a second SIGTERM counts as the first one again. */
    static final int REPEAT_SECONDS = 5;

    private final PrintStream err;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicInteger deferrals = new AtomicInteger();
    private volatile long firstRequest;

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
        long now = System.nanoTime();
        if (deferrals.get() > 0 && requested.compareAndSet(false, true)) {
            firstRequest = now;
            err.println("rnnmem: SIGTERM received: stopping at the end of this batch, after writing a checkpoint");
            err.flush();
            return;
        }
        if (requested.get() && now - firstRequest < REPEAT_SECONDS * 1_000_000_000L) {
            return;
        }
        err.println("rnnmem: SIGTERM received: stopping now; run again to resume from the last checkpoint");
        err.flush();
        System.exit(STATUS);
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
