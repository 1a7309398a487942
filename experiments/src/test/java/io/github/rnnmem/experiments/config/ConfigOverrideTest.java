package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigOverrideTest {

    @TempDir
    Path directory;

    private Experiments experiments;

    @BeforeEach
    void setUp() {
        experiments = new Experiments(directory);
    }

    @Test
    void setsScalarsListsAndListItems() {
        ExperimentConfig config = experiments.load(
                Experiments.MINIMAL,
                ConfigOverride.set("training.epochs=1"),
                ConfigOverride.set("units[0].hidden=32"),
                ConfigOverride.set("dataset.split=[0.8,0.1,0.1]"),
                ConfigOverride.set("seeds=[1,2,3]"),
                ConfigOverride.set("device = cpu"));

        assertThat(config.training().epochs()).hasValue(1);
        assertThat(config.units().get(0).hidden()).isEqualTo(32);
        assertThat(config.dataset().split()).isEqualTo(new DataSplit(0.8, 0.1, 0.1));
        assertThat(config.seeds()).containsExactly(1, 2, 3);
        assertThat(config.device()).hasToString("cpu");
    }

    @Test
    void createsMissingMappingsAndKeys() {
        ExperimentConfig config = experiments.load(
                Experiments.MINIMAL,
                ConfigOverride.set("analysis.suggestions.top_k=5"),
                ConfigOverride.set("units[0].label=first"));

        assertThat(config.analysis().suggestions().topK()).isEqualTo(5);
        assertThat(config.units().get(0).label()).isEqualTo("first");
    }

    @Test
    void replacesWholeMappingsAndLists() {
        ExperimentConfig config = experiments.load(
                Experiments.MINIMAL,
                ConfigOverride.set("units=[{unit: lstm, hidden: 4}, {unit: nested-lstm, hidden: 4, depth: 3}]"),
                ConfigOverride.set("training={max_steps: 10}"));

        assertThat(config.units()).extracting(UnitConfig::label).containsExactly("lstm", "nested-lstm");
        assertThat(config.units().get(1).hyperparameters().integer("depth")).isEqualTo(3);
        assertThat(config.training().maxSteps()).hasValue(10);
        assertThat(config.training().epochs()).isEmpty();
    }

    @Test
    void appliesOverridesInOrder() {
        ExperimentConfig config = experiments.load(
                Experiments.MINIMAL, ConfigOverride.set("seed=1"), ConfigOverride.set("seed=2"));

        assertThat(config.seed()).isEqualTo(2);
    }

    @Test
    void locatesUnknownKeysAtTheOverride() {
        assertThat(experiments.problems(
                Experiments.MINIMAL,
                ConfigOverride.set("training.epoch=1"),
                ConfigOverride.set("units[0].depht=2"))).containsExactly(
                "--set training.epoch: expected one of the keys optimizer, learning_rate, beta1,"
                        + " beta2, epsilon, batch_size, epochs, max_steps, validate_every, validation_sequences,"
                        + " checkpoint_every, snapshot_every, got an unknown key; did you mean \"epochs\"?",
                "--set units[0].depht: expected one of the keys unit, label, layers, hidden,"
                        + " got an unknown key");
    }

    @Test
    void locatesTypeErrorsAtTheOverrideAfterTheFilesProblems() {
        assertThat(experiments.problems(
                Experiments.MINIMAL + "seed: x\n",
                ConfigOverride.set("training.batch_size=big"),
                ConfigOverride.set("dataset.split=[0.8, 0.1]"))).containsExactly(
                "exp.yaml:7: seed: expected an integer in [0, 2147483647], got \"x\"",
                "--set training.batch_size: expected an integer in [1, 65536], got \"big\"",
                "--set dataset.split: expected three numbers in [0, 1] (train, validation, test)"
                        + " summing to 1, with train > 0 and test > 0, got [0.8, 0.1]");
    }

    @Test
    void reportsMalformedOverrides() {
        assertThat(experiments.problems(
                Experiments.MINIMAL,
                ConfigOverride.set("training.epochs"),
                ConfigOverride.set("training..epochs=1"),
                ConfigOverride.set("units[3].hidden=8"),
                ConfigOverride.set("name.first=x"),
                ConfigOverride.set("units[0]=[1"))).satisfiesExactly(
                problem -> assertThat(problem).isEqualTo(
                        "--set training.epochs: expected path=value, such as training.epochs=1,"
                                + " got \"training.epochs\""),
                problem -> assertThat(problem).isEqualTo(
                        "--set training..epochs: expected a path such as training.epochs or units[0].hidden,"
                                + " got \"training..epochs\""),
                problem -> assertThat(problem).isEqualTo(
                        "--set units[3].hidden: units[3]: expected an index in [0, 0], got 3"),
                problem -> assertThat(problem).isEqualTo(
                        "--set name.first: name: expected a mapping, got \"tiny\""),
                problem -> assertThat(problem).startsWith("--set units[0]: ").contains("flow sequence"));
    }

    @Test
    void corpusOverrideReadsAPathRelativeToTheWorkingDirectory() {
        ExperimentConfig config = experiments.load("""
                name: local
                corpus:
                  source: text8
                  url: http://mirror.example/text8.zip
                  limit_chars: 5000
                units: [{unit: gru, hidden: 8}]
                """, ConfigOverride.corpus("books/novel.txt"));

        assertThat(config.corpus().source()).isEqualTo(CorpusKind.PATH);
        assertThat(config.corpus().path()).contains(directory.toAbsolutePath().resolve("books/novel.txt"));
        assertThat(config.corpus().url()).isEmpty();
        assertThat(config.corpus().limitChars()).hasValue(5000);
    }

    @Test
    void corpusOverrideWorksWithoutACorpusInTheFile() {
        ExperimentConfig config = experiments.load(
                "name: bare\nunits: [{unit: gru, hidden: 8}]\n", ConfigOverride.corpus("/data/text"));

        assertThat(config.corpus().path()).isEqualTo(Optional.of(Path.of("/data/text")));
    }

    @Test
    void corpusOverrideRefusesAnEmptyPath() {
        assertThat(experiments.problems(Experiments.MINIMAL, ConfigOverride.corpus(" ")))
                .containsExactly("--corpus: corpus.path: expected a file or directory path, got \" \"");
    }
}
