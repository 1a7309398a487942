package io.github.rnnmem.experiments.serve;

import com.google.gson.JsonObject;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One unit's worker: a thread of its own that answers the unit's queries one at a time, behind a
 * queue of bounded length. A query equal to one waiting or running joins it instead of being
 * computed again. When the queue is full, a query is refused at once ({@link Busy}) rather than
 * left to wait.
 */
final class UnitWorker implements AutoCloseable {

    private final UnitSession session;
    private final int capacity;
    private final ThreadPoolExecutor thread;
    private final ConcurrentHashMap<UnitQuery, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong joined = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /**
     * Starts the worker.
     *
     * @param label the unit's label, which names the thread
     * @param session the unit's answers
     * @param capacity how many queries may wait while one runs
     */
    UnitWorker(String label, UnitSession session, int capacity) {
        this.session = session;
        this.capacity = capacity;
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity),
                runnable -> {
                    Thread worker = new Thread(runnable, "rnnmem-unit-" + label);
                    worker.setDaemon(true);
                    return worker;
                });
    }

    /**
     * An answer with the time it took.
     *
     * @param body the unit's answer
     * @param waitedMillis how long the query waited for the worker
     * @param computedMillis how long the worker computed
     */
    record Answer(JsonObject body, double waitedMillis, double computedMillis) {}

    /** The queue was full. */
    static final class Busy extends Exception {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /**
     * Asks the unit.
     *
     * @param query the query
     * @return the answer, when it is computed
     * @throws Busy when the queue is full
     */
    CompletableFuture<Answer> submit(UnitQuery query) throws Busy {
        CompletableFuture<Answer> fresh = new CompletableFuture<>();
        CompletableFuture<Answer> running = inFlight.putIfAbsent(query, fresh);
        if (running != null) {
            joined.incrementAndGet();
            return running;
        }
        long queued = System.nanoTime();
        try {
            thread.execute(() -> {
                long started = System.nanoTime();
                try {
                    JsonObject body = session.answer(query);
                    answered.incrementAndGet();
                    fresh.complete(new Answer(body, (started - queued) / 1e6, (System.nanoTime() - started) / 1e6));
                } catch (RuntimeException | Error e) {
                    fresh.completeExceptionally(e);
                } finally {
                    inFlight.remove(query, fresh);
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.remove(query, fresh);
            refused.incrementAndGet();
            throw new Busy("its queue of " + capacity + " waiting requests is full");
        }
        return fresh;
    }

    /**
     * How much the worker did.
     *
     * @return {@code answered}, {@code joined}, {@code refused}, {@code waiting} and {@code running}, with the
     *     session's {@link UnitSession#work()}
     */
    JsonObject work() {
        JsonObject json = new JsonObject();
        json.addProperty("answered", answered.get());
        json.addProperty("joined", joined.get());
        json.addProperty("refused", refused.get());
        json.addProperty("waiting", thread.getQueue().size());
        json.addProperty("running", thread.getActiveCount());
        session.work().entrySet().forEach(entry -> json.add(entry.getKey(), entry.getValue()));
        return json;
    }

    /** Lets the queries already accepted finish, then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
