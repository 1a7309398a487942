package io.github.rnnmem.experiments.bench;

import ai.djl.ndarray.NDScope;
import ai.djl.nn.Parameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/** Medians of timed runs after warm-up, each run's arrays freed when it ends. */
final class Timing {

    private static final int WARM_UP = 2;

    private Timing() {}

    /**
     * Runs a measurement {@code 2 + repeats} times and returns the median of the last {@code
     * repeats}.
     *
     * @param repeats timed runs, at least 1
     * @param run one run, returning its time
     * @return the median time
     */
    static double median(int repeats, DoubleSupplier run) {
        return interleaved(repeats, WARM_UP, Map.of("run", run)).get("run");
    }

    /**
     * Runs several measurements in turn, round after round, so that a slow spell of the machine
     * falls on all of them: {@code warmUp} rounds, then {@code repeats} timed rounds.
     *
     * @param repeats timed rounds, at least 1
     * @param warmUp untimed rounds first
     * @param runs the measurements by name, each run returning its time
     * @return the median time of each measurement, in the order given
     */
    static Map<String, Double> interleaved(int repeats, int warmUp, Map<String, DoubleSupplier> runs) {
        Map<String, double[]> times = new LinkedHashMap<>();
        runs.keySet().forEach(name -> times.put(name, new double[repeats]));
        for (int round = -warmUp; round < repeats; round++) {
            for (Map.Entry<String, DoubleSupplier> run : runs.entrySet()) {
                try (NDScope scope = new NDScope()) {
                    double time = run.getValue().getAsDouble();
                    if (round >= 0) {
                        times.get(run.getKey())[round] = time;
                    }
                    scope.suppressNotUsedWarning();
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, values) -> medians.put(name, median(values)));
        return medians;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Milliseconds since a start.
     *
     * @param started a {@link System#nanoTime()} reading
     * @return the time elapsed
     */
    static double millisSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    /**
     * Waits until every parameter's pending update is done: an asynchronous engine returns from
     * an update before it has run it.
     *
     * @param parameters the parameters
     */
    static void awaitAll(Collection<Parameter> parameters) {
        for (Parameter parameter : parameters) {
            parameter.getArray().sum().getFloat();
        }
    }

    /**
     * Times one run.
     *
     * @param run the work, which must read a value of its result so that an asynchronous engine
     *     has finished it
     * @return its time in milliseconds
     */
    static double millis(Runnable run) {
        long started = System.nanoTime();
        run.run();
        return millisSince(started);
    }
}
