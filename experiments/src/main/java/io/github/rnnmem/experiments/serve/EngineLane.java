package io.github.rnnmem.experiments.serve;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * How the work of several units on one engine may overlap, as the engine allows it.
 *
 * <ul>
 *   <li>MXNet: one call at a time, forward or backward, whatever the unit. MXNet's imperative
 *       front end is not thread-safe (only its dependency engine is), so its calls are serialised;
 *       each unit's arrays are still used by its own worker thread only.
 *   <li>PyTorch: backward passes one at a time (DJL allows one gradient collector per JVM), forward
 *       passes of different units side by side (libtorch's grad mode is per thread).
 * </ul>
 *
 * Other engines are treated as MXNet is.
 */
final class EngineLane {

    private final ReentrantLock gradients = new ReentrantLock(true);
    private final ReentrantLock forwards;

    private EngineLane(boolean forwardsTogether) {
        this.forwards = forwardsTogether ? null : gradients;
    }

    /**
     * The lane of an engine.
     *
     * @param engine the engine's name, as DJL gives it
     * @return a new lane; units of the same engine share one
     */
    static EngineLane of(String engine) {
        return new EngineLane("PyTorch".equals(engine));
    }

    /**
     * Runs forward work (no gradient).
     *
     * @param work the work
     * @param <T> its result
     * @return the result
     */
    <T> T forward(Supplier<T> work) {
        if (forwards == null) {
            return work.get();
        }
        return locked(forwards, work);
    }

    /**
     * Runs a backward pass.
     *
     * @param work the work
     * @param <T> its result
     * @return the result
     */
    <T> T gradient(Supplier<T> work) {
        return locked(gradients, work);
    }

    private static <T> T locked(ReentrantLock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
