package io.github.rnnmem.experiments.bench;

import ai.djl.ndarray.NDScope;
import java.util.Arrays;
import java.util.function.Supplier;

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
    static double median(int repeats, Supplier<Double> run) {
        double[] times = new double[repeats];
        for (int i = -WARM_UP; i < repeats; i++) {
            try (NDScope scope = new NDScope()) {
                double time = run.get();
                if (i >= 0) {
                    times[i] = time;
                }
                scope.suppressNotUsedWarning();
            }
        }
        Arrays.sort(times);
        return repeats % 2 == 1 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
    }
}
