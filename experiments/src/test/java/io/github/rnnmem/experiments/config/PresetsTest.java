package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The presets shipped in the module folder load against units with the built-in names and settings. */
class PresetsTest {

    /** Maven runs tests in the module folder, where the presets live. */
    private final ConfigLoader loader = new ConfigLoader(FakeUnits.registry(), Path.of(""));

    @Test
    void paperPresetIsTheArticlesSetup() {
        ExperimentConfig paper = loader.load(Path.of("paper.yaml"), List.of());

        assertThat(paper.name()).isEqualTo("paper");
        assertThat(paper.seed()).isEqualTo(ExperimentConfig.ARTICLE_SEED);
        assertThat(paper.trainingSeeds()).containsExactly(450_849_059);
        assertThat(paper.engine()).isEqualTo(EngineChoice.MXNET);
        assertThat(paper.corpus().source()).isEqualTo(CorpusKind.TEXT8);
        assertThat(paper.corpus().url()).contains(CorpusConfig.TEXT8_URL);
        assertThat(paper.corpus().limitChars()).isEmpty();
        assertThat(paper.dataset()).isEqualTo(new DatasetConfig(200, 16_384, DataSplit.article()));
        assertThat(paper.model().embedding()).isEqualTo(600);
        assertThat(paper.units()).extracting(UnitConfig::label, UnitConfig::layers, UnitConfig::hidden)
                .containsExactly(
                        tuple("gru", 2, 600),
                        tuple("lstm", 2, 600),
                        tuple("nested-lstm", 1, 600));
        assertThat(paper.units().get(2).hyperparameters().asMap()).contains(entry("depth", 2));
        assertThat(paper.training())
                .isEqualTo(new TrainingConfig(
                        Optimizer.ADAM, 0.001, 0.9, 0.999, 1e-8, 64, OptionalInt.of(2), OptionalInt.empty(), 100, 512, 500, 1000));
        assertThat(paper.analysis().connectivity().text()).isEqualTo(ConnectivityConfig.ARTICLE_TEXT);
        assertThat(paper.analysis().connectivity().wrt()).isEqualTo(GradientInput.ONE_HOT);
        assertThat(paper.analysis().connectivity().norm()).isEqualTo(GradientNorm.L2_SQUARED);
        assertThat(paper.report().published()).isTrue();
        assertThat(paper.output()).isEqualTo(Path.of("runs/paper"));
    }

    @Test
    void quickstartPresetIsASmallRunOfTheSameUnits() {
        ExperimentConfig quickstart = loader.load(Path.of("quickstart.yaml"), List.of());

        assertThat(quickstart.name()).isEqualTo("quickstart");
        assertThat(quickstart.corpus().source()).isEqualTo(CorpusKind.TEXT8);
        assertThat(quickstart.corpus().limitChars()).isPresent();
        assertThat(quickstart.units()).extracting(UnitConfig::unit).containsExactly("gru", "lstm", "nested-lstm");
        assertThat(quickstart.units()).allSatisfy(unit -> assertThat(unit.hidden()).isLessThanOrEqualTo(160));
        assertThat(quickstart.model().embedding()).isLessThanOrEqualTo(128);
        assertThat(quickstart.training().batchSize()).isEqualTo(32);
        assertThat(quickstart.training().maxSteps().orElseThrow()).isBetween(100, 999);
        assertThat(quickstart.output()).isEqualTo(Path.of("runs/quickstart"));
    }

    @Test
    void sweepPresetIsAGridOfTheQuickstartsUnitsOverSeeds() {
        ExperimentGrid sweep = loader.loadGrid(Path.of("sweep.yaml"), List.of());

        assertThat(sweep.points()).hasSize(4);
        assertThat(sweep.first().trainingSeeds()).hasSize(3);
        assertThat(sweep.points()).extracting(point -> point.setting(0).label()).containsExactly(
                "hidden=155 learning_rate=0.002", "hidden=155 learning_rate=0.005", "hidden=256 learning_rate=0.002",
                "hidden=256 learning_rate=0.005");
        assertThat(sweep.points()).extracting(point -> point.setting(1).label()).containsOnly(
                "learning_rate=0.002", "learning_rate=0.005");
        assertThat(sweep.output()).isEqualTo(Path.of("runs/sweep"));
    }
}
