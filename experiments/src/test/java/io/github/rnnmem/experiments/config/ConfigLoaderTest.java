package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path directory;

    @Test
    void fillsInEveryDefault() {
        ExperimentConfig config = new Experiments(directory).load(Experiments.MINIMAL);

        assertThat(config.name()).isEqualTo("tiny");
        assertThat(config.seed()).isEqualTo(450_849_059);
        assertThat(config.seeds()).isEmpty();
        assertThat(config.trainingSeeds()).containsExactly(450_849_059);
        assertThat(config.engine()).isEqualTo(EngineChoice.MXNET);
        assertThat(config.device()).isEqualTo(DeviceChoice.auto());
        assertThat(config.corpus())
                .isEqualTo(new CorpusConfig(
                        CorpusKind.TEXT8, Optional.empty(), Optional.of(CorpusConfig.TEXT8_URL), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty()));
        assertThat(config.dataset()).isEqualTo(new DatasetConfig(200, 16_384, new DataSplit(0.90, 0.05, 0.05)));
        assertThat(config.model().embedding()).isEqualTo(600);
        assertThat(config.units()).singleElement().satisfies(unit -> {
            assertThat(unit.unit()).isEqualTo("gru");
            assertThat(unit.label()).isEqualTo("gru");
            assertThat(unit.layers()).isEqualTo(1);
            assertThat(unit.hidden()).isEqualTo(8);
        });
        assertThat(config.training())
                .isEqualTo(new TrainingConfig(
                        Optimizer.ADAM, 0.001, 0.9, 0.999, 1e-8, 64, OptionalInt.of(2), OptionalInt.empty(), 100, 512, 500, 100));
        assertThat(config.analysis().connectivity().text()).hasSize(198).startsWith(" context the formal study");
        assertThat(config.analysis().connectivity().wrt()).isEqualTo(GradientInput.ONE_HOT);
        assertThat(config.analysis().connectivity().norm()).isEqualTo(GradientNorm.L2_SQUARED);
        assertThat(config.analysis().knownChars()).isEqualTo(new KnownCharsConfig(3, 21, OptionalInt.empty()));
        assertThat(config.analysis().suggestions()).isEqualTo(new SuggestionsConfig(3));
        assertThat(config.analysis().memoryProfile()).isEqualTo(new MemoryProfileConfig(256, 200));
        assertThat(config.output()).isEqualTo(Path.of("runs", "tiny"));
    }

    @Test
    void readsEveryKeyGiven() throws Exception {
        Files.createDirectories(directory.resolve("conf"));
        Experiments experiments = new Experiments(directory);
        experiments.write("conf/exp.yaml", """
                name: full.run-1
                seed: 7
                seeds: [1, 2, 3]
                engine: pytorch
                device: gpu:1
                corpus:
                  source: path
                  path: ../books
                  limit_chars: 5000
                dataset:
                  max_length: 50
                  vocabulary: 100
                  split: [0.8, 0.1, 0.1]
                model:
                  embedding: 16
                units:
                  - unit: nested-lstm
                    label: nlstm
                    layers: 3
                    hidden: 32
                    depth: 3
                training:
                  optimizer: adam
                  learning_rate: 0.01
                  beta1: 0.5
                  beta2: 0.99
                  epsilon: 1.0e-6
                  batch_size: 16
                  epochs: 3
                  max_steps: 40
                  validate_every: 10
                  validation_sequences: 20
                  checkpoint_every: 30
                analysis:
                  connectivity: {text: " the cat sat", wrt: embedding, norm: l2}
                  known_chars: {top_k: 2, max_chars: 10}
                  suggestions: {top_k: 5}
                  memory_profile: {sequences: 8, max_distance: 40}
                output: out/here
                """);

        ExperimentConfig config = experiments.loader().load(Path.of("conf/exp.yaml"), List.of());

        assertThat(config.name()).isEqualTo("full.run-1");
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.trainingSeeds()).containsExactly(1, 2, 3);
        assertThat(config.engine()).isEqualTo(EngineChoice.PYTORCH);
        assertThat(config.device()).isEqualTo(new DeviceChoice(DeviceChoice.Kind.GPU, OptionalInt.of(1)));
        assertThat(config.corpus().source()).isEqualTo(CorpusKind.PATH);
        assertThat(config.corpus().path()).contains(directory.toAbsolutePath().resolve("books").normalize());
        assertThat(config.corpus().url()).isEmpty();
        assertThat(config.corpus().limitChars()).hasValue(5000);
        assertThat(config.dataset()).isEqualTo(new DatasetConfig(50, 100, new DataSplit(0.8, 0.1, 0.1)));
        assertThat(config.model()).isEqualTo(new ModelConfig(16));
        UnitConfig unit = config.units().get(0);
        assertThat(unit.label()).isEqualTo("nlstm");
        assertThat(unit.layers()).isEqualTo(3);
        assertThat(unit.hyperparameters().asMap()).containsExactly(
                entry("hidden", 32), entry("depth", 3));
        assertThat(config.training())
                .isEqualTo(new TrainingConfig(
                        Optimizer.ADAM, 0.01, 0.5, 0.99, 1e-6, 16, OptionalInt.of(3), OptionalInt.of(40), 10, 20, 30, 10));
        assertThat(config.analysis())
                .isEqualTo(new AnalysisConfig(
                        new ConnectivityConfig(" the cat sat", GradientInput.EMBEDDING, GradientNorm.L2, ConnectivityScore.LOGIT),
                        new KnownCharsConfig(2, 10, OptionalInt.empty()),
                        new SuggestionsConfig(5),
                        new MemoryProfileConfig(8, 40),
                        ConfigSchema.defaults(MemorySpanConfig.class),
                        ConfigSchema.defaults(ContextAblationConfig.class),
                        AnalysisWeights.FINAL,
                        0.1));
        assertThat(config.output()).isEqualTo(Path.of("out/here"));
    }

    @Test
    void maxStepsAloneLeavesEpochsOpen() {
        ExperimentConfig config = new Experiments(directory).load(Experiments.MINIMAL + """
                training:
                  max_steps: 300
                """);

        assertThat(config.training().epochs()).isEmpty();
        assertThat(config.training().maxSteps()).hasValue(300);
    }

    @Test
    void gpuWithoutIndexIsTheFirstGpu() {
        ExperimentConfig config = new Experiments(directory).load(Experiments.MINIMAL + "device: gpu\n");

        assertThat(config.device().gpu()).hasValue(0);
        assertThat(config.device()).hasToString("gpu:0");
    }

    @Test
    void numbersRepeatedUnitsThatHaveNoLabel() {
        ExperimentConfig config = new Experiments(directory).load("""
                name: repeats
                corpus: {source: text8}
                units:
                  - {unit: gru, hidden: 8}
                  - {unit: gru, hidden: 16}
                  - {unit: lstm, hidden: 8}
                  - {unit: gru, hidden: 32, label: wide}
                  - {unit: gru, hidden: 64}
                """);

        assertThat(config.units()).extracting(UnitConfig::label).containsExactly("gru", "gru-2", "lstm", "wide", "gru-3");
    }

    @Test
    void emptyMappingsTakeTheirDefaults() {
        ExperimentConfig config = new Experiments(directory).load(Experiments.MINIMAL + """
                dataset:
                analysis:
                  connectivity: {}
                """);

        assertThat(config.dataset().maxLength()).isEqualTo(200);
        assertThat(config.analysis().connectivity().text()).isEqualTo(ConnectivityConfig.ARTICLE_TEXT);
    }

    @Test
    void allowsAnchorsAndAliases() {
        ExperimentConfig config = new Experiments(directory).load("""
                name: aliases
                corpus: {source: text8}
                units:
                  - {unit: gru, hidden: &width 48}
                  - {unit: lstm, hidden: *width}
                """);

        assertThat(config.units()).extracting(UnitConfig::hidden).containsExactly(48, 48);
    }

    @Test
    void readsDateLikeAndWordLikeScalarsAsStrings() {
        ExperimentConfig config = new Experiments(directory).load("""
                name: 2024-01-31
                corpus: {source: text8, url: "http://mirror.example/text8.zip"}
                units: [{unit: gru, hidden: 8}]
                """);

        assertThat(config.name()).isEqualTo("2024-01-31");
        assertThat(config.corpus().url()).contains(URI.create("http://mirror.example/text8.zip"));
    }
}
