package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.github.rnnmem.experiments.BadInputException;
import org.junit.jupiter.api.Test;

class TaskSettingsTest {

    @Test
    void defaultsAreTheArticles() {
        TaskSettings settings = TaskSettings.defaults(450849059);

        assertThat(settings).isEqualTo(new TaskSettings(200, 16_384, 0.90, 0.05, 450849059));
        assertThat(settings.testFraction()).isCloseTo(0.05, offset(1e-12));
    }

    @Test
    void reportsEveryProblemByTheRulesOfTheDatasetSection() {
        assertThatThrownBy(() -> new TaskSettings(1, 0, 0.9, 0.05, 1))
                .isInstanceOf(BadInputException.class)
                .hasMessage("dataset.max_length: expected an integer in [2, 100000], got 1; "
                        + "dataset.vocabulary: expected an integer in [1, 10000000], got 0");
        assertThatThrownBy(() -> new TaskSettings(200, 10, 0.9, 0.2, 1))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("summing to 1, with train > 0 and test > 0");
        assertThatThrownBy(() -> new TaskSettings(200, 10, 0.9, Double.NaN, 1)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> new TaskSettings(200, -5, 0.9, 0.05, 1))
                .isInstanceOf(BadInputException.class)
                .hasMessage("dataset.vocabulary: expected an integer in [1, 10000000], got -5");
    }

    @Test
    void countsSplitsByFloorWithoutLosingToRounding() {
        TaskSettings settings = new TaskSettings(200, 10, 0.29, 0.7, 1);

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
}
