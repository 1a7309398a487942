package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.evaluation.TestMetrics;
import java.util.Optional;

/**
 * How one unit, trained with one seed, ended.
 *
 * @param label the unit's label
 * @param unit the unit's name
 * @param seed the training seed
 * @param steps optimizer updates done
 * @param seconds training time
 * @param metrics the test metrics, or empty when training failed
 * @param failure why training failed, or empty
 */
public record UnitResult(
        String label, String unit, int seed, long steps, double seconds, Optional<TestMetrics> metrics,
        Optional<String> failure) {

    /**
     * A unit that trained and was evaluated.
     *
     * @param label the label
     * @param unit the unit name
     * @param seed the seed
     * @param steps the steps
     * @param seconds the training time
     * @param metrics the test metrics
     * @return the result
     */
    public static UnitResult done(String label, String unit, int seed, long steps, double seconds, TestMetrics metrics) {
        return new UnitResult(label, unit, seed, steps, seconds, Optional.of(metrics), Optional.empty());
    }

    /**
     * A unit whose training failed.
     *
     * @param label the label
     * @param unit the unit name
     * @param seed the seed
     * @param failure what went wrong
     * @return the result
     */
    public static UnitResult failed(String label, String unit, int seed, String failure) {
        return new UnitResult(label, unit, seed, 0, 0, Optional.empty(), Optional.of(failure));
    }
}
