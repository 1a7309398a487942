package io.github.rnnmem.experiments.report;

import io.github.rnnmem.experiments.evaluation.TestMetrics;
import io.github.rnnmem.experiments.store.ModelDescription;
import io.github.rnnmem.experiments.store.RunTask;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One trained unit (one setting, one seed) as its directory records it.
 *
 * @param model what the unit is ({@code model.json})
 * @param task the task of the experiment it is: its label, setting and seed
 * @param training the training log ({@code training.csv})
 * @param test the test metrics ({@code test.json}) of the weights the unit holds now; empty when
 *     there are none
 * @param failure why training stopped early ({@code failure.txt}), or empty
 * @param untested why there are no test metrics, for the results table; empty when there are
 * @param current whether the unit was trained on the dataset the run now records: a unit of an
 *     earlier dataset (the run was stopped before retraining it) is listed but neither its
 *     training log nor its analyses are shown
 */
public record UnitSummary(ModelDescription model, RunTask task, List<TrainingLog.Row> training,
        Optional<TestMetrics> test, Optional<String> failure, String untested, boolean current) {

    /** Copies the log. */
    public UnitSummary {
        training = List.copyOf(training);
    }

    /**
     * The steps trained.
     *
     * @return the last logged step, 0 when none
     */
    public long steps() {
        return training.isEmpty() ? 0 : training.get(training.size() - 1).step();
    }

    /**
     * The validation loss at the end of training.
     *
     * @return the last logged validation loss, or empty when none was logged
     */
    public OptionalDouble finalValidationLoss() {
        return TrainingLog.finalValidationLoss(training);
    }

    /**
     * The training time.
     *
     * @return the last logged time in seconds, 0 when none
     */
    public double seconds() {
        return training.isEmpty() ? 0 : training.get(training.size() - 1).seconds();
    }
}
