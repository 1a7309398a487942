package io.github.rnnmem.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.api.registry.UnitRegistry;
import io.github.rnnmem.experiments.config.ConfigLoader;
import io.github.rnnmem.experiments.config.ExperimentConfig;
import io.github.rnnmem.experiments.config.UnitConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark's quickstart and article sizes are those of the experiment files. */
class BenchSizeTest {

    @ParameterizedTest
    @CsvSource({"quickstart.yaml, quickstart", "paper.yaml, article"})
    void sizeMatchesTheExperimentFile(String file, String sizeName) {
        UnitRegistry units = UnitRegistry.discover(List.of());
        ExperimentConfig config = new ConfigLoader(units, Path.of("")).load(Path.of(file), List.of());
        BenchSize size = sizeName.equals("article") ? BenchSize.ARTICLE : BenchSize.QUICKSTART;

        assertThat(size.batch()).isEqualTo(config.training().batchSize());
        assertThat(size.time()).isEqualTo(config.dataset().maxLength());
        assertThat(size.embedding()).isEqualTo(config.model().embedding());
        assertThat(size.classes()).isEqualTo(config.dataset().vocabulary() + 2);
        for (UnitConfig unit : config.units()) {
            assertThat(size.units()).as(unit.label()).anySatisfy(timed -> {
                assertThat(timed.unit()).isEqualTo(unit.unit());
                assertThat(timed.variant()).isNull();
                assertThat(timed.layers()).isEqualTo(unit.layers());
                assertThat(timed.hidden()).isEqualTo(unit.hidden());
                assertThat(timed.depth()).isEqualTo(unit.hyperparameters().asMap().getOrDefault("depth", 0));
            });
        }
    }
}
