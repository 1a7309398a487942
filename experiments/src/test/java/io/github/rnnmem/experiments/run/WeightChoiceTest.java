package io.github.rnnmem.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.store.UnitDirectory;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WeightChoiceTest {

    private static final UnitDirectory GOOD = new UnitDirectory(Path.of("run/good"), "good", 1);
    private static final UnitDirectory BAD = new UnitDirectory(Path.of("run/bad"), "bad", 1);

    /** A log validated every 10 steps with the given losses. */
    private static List<TrainingLog.Row> log(double... validLosses) {
        List<TrainingLog.Row> rows = new ArrayList<>();
        for (int i = 0; i < validLosses.length; i++) {
            rows.add(new TrainingLog.Row(10L * i + 5, 0, 9, Double.NaN, i));
            rows.add(new TrainingLog.Row(10L * (i + 1), 0, 9, validLosses[i], i));
        }
        return rows;
    }

    @Test
    void everyUnitTakesItsFirstSnapshotAtOrBelowTheWorstFinalLoss() {
        Map<UnitDirectory, List<TrainingLog.Row>> logs = Map.of(GOOD, log(6, 4.5, 3, 2), BAD, log(7, 5, 4.2, 4.4));
        Map<UnitDirectory, List<Long>> snapshots = Map.of(GOOD, List.of(10L, 20L, 30L, 40L), BAD, List.of(20L, 40L));

        WeightChoice choice = WeightChoice.matched(logs, snapshots);

        assertThat(choice.target()).isEqualTo(4.4);
        assertThat(choice.steps()).containsEntry(GOOD, OptionalLong.of(30)).containsEntry(BAD, OptionalLong.of(40));
    }

    @Test
    void aUnitWithoutASnapshotAtTheTargetKeepsItsFinalWeights() {
        Map<UnitDirectory, List<TrainingLog.Row>> logs = Map.of(GOOD, log(6, 4.5, 3, 2), BAD, log(7, 5, 4.2, 4.4));
        Map<UnitDirectory, List<Long>> snapshots = Map.of(GOOD, List.of(10L, 20L), BAD, List.of());

        WeightChoice choice = WeightChoice.matched(logs, snapshots);

        assertThat(choice.steps()).containsEntry(GOOD, OptionalLong.empty()).containsEntry(BAD, OptionalLong.empty());
        assertThat(choice.describe(logs)).startsWith("analyses at matched validation loss 4.4000 (the worst unit's final):");
    }
}
