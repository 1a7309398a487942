package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rnnmem.experiments.settings.ConfigProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridTest {

    private static final String TWO_UNITS = """
            name: sweep
            corpus: {source: text8}
            seeds: [1, 2]
            units:
              - {unit: gru, hidden: 8}
              - {unit: lstm, hidden: 8}
            """;

    @TempDir
    Path directory;

    private Experiments experiments;

    @BeforeEach
    void setUp() {
        experiments = new Experiments(directory);
    }

    private ExperimentGrid grid(String text, ConfigOverride... overrides) {
        experiments.write("exp.yaml", text);
        return experiments.loader().loadGrid(Path.of("exp.yaml"), List.of(overrides));
    }

    private List<String> problems(String text) {
        experiments.write("exp.yaml", text);
        ConfigException e = catchThrowableOfType(
                () -> experiments.loader().loadGrid(Path.of("exp.yaml"), List.of()), ConfigException.class);
        assertThat(e).as("problems of\n%s", text).isNotNull();
        return e.problems().stream().map(ConfigProblem::message).toList();
    }

    @Test
    void expandsEveryCombinationTheFirstKeyVaryingSlowest() {
        ExperimentGrid grid = grid(TWO_UNITS + """
                grid:
                  units[0].hidden: [16, 32]
                  training.learning_rate: [0.001, 0.005]
                """);

        assertThat(grid.isGrid()).isTrue();
        assertThat(grid.points()).extracting(GridPoint::label).containsExactly(
                "units[0].hidden=16 training.learning_rate=0.001",
                "units[0].hidden=16 training.learning_rate=0.005",
                "units[0].hidden=32 training.learning_rate=0.001",
                "units[0].hidden=32 training.learning_rate=0.005");
        GridPoint last = grid.points().get(3);
        assertThat(last.config().units().get(0).hidden()).isEqualTo(32);
        assertThat(last.config().units().get(1).hidden()).isEqualTo(8);
        assertThat(last.config().training().learningRate()).isEqualTo(0.005);
        assertThat(last.config().trainingSeeds()).containsExactly(1, 2);
    }

    @Test
    void aUnitsSettingNamesOnlyTheKeysItDependsOnSortedByName() {
        GridPoint point = grid(TWO_UNITS + """
                grid:
                  units[0].hidden: [16, 32]
                  training.learning_rate: [0.001, 0.005]
                """).points().get(0);

        assertThat(point.setting(0).values()).containsExactly(Map.entry("hidden", "16"), Map.entry("learning_rate", "0.001"));
        assertThat(point.setting(0).label()).isEqualTo("hidden=16 learning_rate=0.001");
        assertThat(point.setting(0).directoryName()).isEqualTo("hidden=16,learning_rate=0.001");
        assertThat(point.setting(1).label()).isEqualTo("learning_rate=0.001");
    }

    @Test
    void namesComeFromTheValuesNotTheirPlaceOrSpelling() {
        ExperimentGrid written = grid(TWO_UNITS + """
                grid:
                  units[0].hidden: [16, 32]
                  training.learning_rate: [0.001, 0.005]
                """);
        ExperimentGrid reordered = grid(TWO_UNITS + """
                grid:
                  training.learning_rate: [0.0050, 1.0e-3, 0.01]
                  units[0].hidden: [32, 16]
                """);

        List<String> before = written.points().stream().map(p -> p.setting(0).directoryName()).toList();
        List<String> after = reordered.points().stream().map(p -> p.setting(0).directoryName()).toList();
        assertThat(after).containsAll(before).hasSize(6).contains("hidden=32,learning_rate=0.01");
    }

    @Test
    void keysEndingAlikeKeepTheirPathAndOddValuesGetASafeDirectoryName() {
        GridPoint point = grid(TWO_UNITS + """
                grid:
                  analysis.known_chars.top_k: [2]
                  analysis.suggestions.top_k: [3]
                  analysis.connectivity.text: [" north south"]
                """).points().get(0);

        assertThat(point.setting(1).label())
                .isEqualTo("analysis.known_chars.top_k=2 analysis.suggestions.top_k=3 text=\" north south\"");
        assertThat(point.setting(1).directoryName()).matches("[A-Za-z0-9._=,+-]+~[0-9a-f]{8}")
                .startsWith("analysis.known_chars.top_k=2,analysis.suggestions.top_k=3,text=__north_south_");
    }

    @Test
    void withoutAGridItIsTheExperimentItself() {
        ExperimentGrid grid = grid(TWO_UNITS);
        ExperimentConfig config = experiments.loader().load(Path.of("exp.yaml"), List.of());

        assertThat(grid.isGrid()).isFalse();
        assertThat(grid.points()).singleElement().satisfies(point -> {
            assertThat(point.config()).isEqualTo(config);
            assertThat(point.setting(0).isEmpty()).isTrue();
            assertThat(point.setting(0).directoryName()).isEmpty();
        });
        assertThat(grid.canonicalYaml()).isEqualTo(config.canonicalYaml());
        assertThat(grid.configHash()).isEqualTo(config.configHash());
    }

    @Test
    void itsCanonicalFormLoadsAgainToTheSamePoints() {
        ExperimentGrid grid = grid(TWO_UNITS + """
                grid:
                  units[1]: [{unit: lstm, hidden: 4}, {unit: nested-lstm, hidden: 4, depth: 1}]
                  training.learning_rate: [0.001, 5e-3]
                """);

        ExperimentGrid again = grid(grid.canonicalYaml());

        assertThat(again.points()).isEqualTo(grid.points());
        assertThat(again.canonicalYaml()).isEqualTo(grid.canonicalYaml());
        assertThat(again.configHash()).isEqualTo(grid.configHash()).isNotEqualTo(grid.first().configHash());
        assertThat(grid.points().get(2).setting(1).label())
                .isEqualTo("learning_rate=0.001 unit={unit: nested-lstm, label: nested-lstm, layers: 1, hidden: 4, depth: 1}");
    }

    @Test
    void theCommandLineChangesTheFileBeforeTheGrid() {
        ExperimentGrid grid = grid(TWO_UNITS + """
                grid:
                  training.learning_rate: [0.001, 0.005]
                """, ConfigOverride.set("training.batch_size=4"), ConfigOverride.set("grid={training.batch_size: [2, 3]}"));

        assertThat(grid.points()).extracting(p -> p.config().training().batchSize()).containsExactly(2, 3);
        assertThat(grid.points()).extracting(p -> p.config().training().learningRate()).containsOnly(0.001);
    }

    @Test
    void everyProblemOfEveryPointIsReportedOnceAtItsLine() {
        assertThat(problems("""
                name: sweep
                corpus: {source: text8}
                units:
                  - {unit: gru, hidden: 8}
                training: {batch_size: 0}
                grid:
                  units[0].hidden: [16, 0, 32]
                  training.learning_rate: [0.001, 0.005]
                """)).containsExactly(
                "exp.yaml:5: training.batch_size: expected an integer in [1, 65536], got 0",
                "exp.yaml:7: units[0].hidden: expected an integer in [1, 65536], got 0 (at grid point units[0].hidden=0"
                        + " training.learning_rate=0.001 and 1 more)");
    }

    @Test
    void refusesABrokenGrid() {
        assertThat(problems("""
                name: sweep
                corpus: {source: text8}
                units:
                  - {unit: gru, hidden: 8}
                grid:
                  dataset.vocabulary: [100, 200]
                  training.learning_rate: 0.001
                  "units[0]..hidden": [1]
                  units[0].hidden: [16, 16.0]
                  units[0]: [{unit: lstm, hidden: 4}]
                  units[3].hidden: [4]
                """)).containsExactly(
                "exp.yaml:6: grid.dataset.vocabulary: expected a setting a grid may vary (not dataset: one run"
                        + " directory holds one dataset, name, engine, device, set of seeds and report; vary it in"
                        + " experiments of their own), got \"dataset.vocabulary\"",
                "exp.yaml:7: grid.training.learning_rate: expected a list of at least one value, such as [0.001,"
                        + " 0.005], got 0.001",
                "exp.yaml:8: grid.units[0]..hidden: expected a path such as training.learning_rate or units[0].hidden,"
                        + " got \"units[0]..hidden\"",
                "exp.yaml:9: grid.units[0].hidden: expected values that differ from one another (this one is given"
                        + " before, at exp.yaml:9), got 16.0",
                "exp.yaml:10: grid.units[0]: expected a setting no other key of the grid holds or is held by"
                        + " (units[0].hidden is in the grid), got units[0]",
                "exp.yaml:11: units[3]: expected an index in [0, 0], got 3");
    }

    @Test
    void theSchemaListsTheGrid() {
        assertThat(ConfigSchema.describe()).last().satisfies(row -> {
            assertThat(row.path()).isEqualTo("grid");
            assertThat(row.meaning()).contains("--set").contains("corpus, dataset, device, engine, name, output, report, seed, seeds");
        });
    }
}
