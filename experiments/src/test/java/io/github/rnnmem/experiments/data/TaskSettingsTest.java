package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import org.junit.jupiter.api.Test;

class TaskSettingsTest {

    @Test
    void defaultsAreTheArticles() {
        TaskSettings settings = TaskSettings.defaults(450849059);

        assertThat(settings).isEqualTo(new TaskSettings(new DatasetConfig(200, 16_384, new DataSplit(0.90, 0.05, 0.05)),
                450849059));
        assertThat(settings.dataset().split().test()).isCloseTo(0.05, offset(1e-12));
    }

    @Test
    void countsSplitsByFloorWithoutLosingToRounding() {
        TaskSettings settings = settings(200, 10, 0.29, 0.7, 1);

        assertThat(settings.trainCount(100)).isEqualTo(29);
        assertThat(settings.validCount(100)).isEqualTo(70);
        assertThat(TaskSettings.defaults(1).trainCount(507_663)).isEqualTo(456_896);
        assertThat(TaskSettings.defaults(1).validCount(507_663)).isEqualTo(25_383);
    }

    @Test
    void keysDifferForDifferentSettings() {
        assertThat(TaskSettings.defaults(1).key()).isEqualTo("max_length=200 vocabulary=16384 split=0.9/0.05 seed=1");
        assertThat(TaskSettings.defaults(2).key()).isNotEqualTo(TaskSettings.defaults(1).key());
    }

    private static TaskSettings settings(int maxLength, int vocabulary, double train, double validation, long seed) {
        return new TaskSettings(new DatasetConfig(maxLength, vocabulary, new DataSplit(train, validation,
                1 - train - validation)), seed);
    }
}
