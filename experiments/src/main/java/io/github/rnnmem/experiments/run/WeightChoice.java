package io.github.rnnmem.experiments.run;

import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Which weights of each trained unit are compared at matched validation loss: the target is the
 * worst unit's final validation loss, and each unit's weights are those of its first snapshot whose
 * validation loss is at or below it (its final weights when no snapshot is). The units then stand
 * at the same loss rather than at the same step, which is the fair comparison when one trains to a
 * clearly worse loss.
 *
 * @param target the worst final validation loss, the loss every unit is matched to
 * @param steps for every unit directory, the snapshot step chosen, or empty for its final weights
 */
public record WeightChoice(double target, Map<UnitDirectory, OptionalLong> steps) {

    /** Copies the map. */
    public WeightChoice {
        steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    /**
     * Chooses the matched weights of trained units.
     *
     * @param logs every trained unit's training log, by directory
     * @param snapshots every trained unit's snapshot steps, by directory
     * @return the choice; the target is NaN and every unit takes its final weights when no unit has a
     *     validation loss
     */
    public static WeightChoice matched(Map<UnitDirectory, List<TrainingLog.Row>> logs,
            Map<UnitDirectory, List<Long>> snapshots) {
        double target = logs.values().stream()
                .map(TrainingLog::finalValidationLoss)
                .filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble)
                .max()
                .orElse(Double.NaN);
        Map<UnitDirectory, OptionalLong> steps = new LinkedHashMap<>();
        logs.forEach((directory, rows) -> {
            List<Long> available = snapshots.getOrDefault(directory, List.of());
            steps.put(directory, rows.stream()
                    .filter(row -> row.validated() && row.validLoss() <= target && available.contains(row.step()))
                    .mapToLong(TrainingLog.Row::step)
                    .findFirst());
        });
        return new WeightChoice(target, steps);
    }

    /**
     * What the choice is, for a person.
     *
     * @param logs the same logs as given to {@link #matched}
     * @return one line: the target and, per unit, the step and its validation loss
     */
    public String describe(Map<UnitDirectory, List<TrainingLog.Row>> logs) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "analyses at matched validation loss %.4f (the worst unit's final):", target));
        steps.forEach((directory, step) -> {
            List<TrainingLog.Row> rows = logs.get(directory);
            if (step.isPresent()) {
                double loss = rows.stream().filter(r -> r.step() == step.getAsLong()).findFirst().orElseThrow().validLoss();
                text.append(String.format(Locale.ROOT, " %s at step %,d (%.4f);", name(directory), step.getAsLong(), loss));
            } else {
                text.append(String.format(Locale.ROOT, " %s final weights;", name(directory)));
            }
        });
        return text.substring(0, text.length() - 1);
    }

    private static String name(UnitDirectory directory) {
        return directory.root().getFileName().toString().startsWith("seed-")
                ? directory.label() + " seed " + directory.seed()
                : directory.label();
    }
}
