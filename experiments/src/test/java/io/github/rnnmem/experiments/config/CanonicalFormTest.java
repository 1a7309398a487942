package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalFormTest {

    @TempDir
    Path directory;

    private Experiments experiments;

    @BeforeEach
    void setUp() {
        experiments = new Experiments(directory);
    }

    @Test
    void writesEveryDefaultInSchemaOrder() {
        ExperimentConfig config = experiments.load("""
                units:
                  - hidden: 8
                    unit: nested-lstm
                corpus: {limit_chars: 5000, source: text8}
                name: tiny
                seeds: [3, 1]
                device: gpu
                """);

        assertThat(config.canonicalYaml()).isEqualTo("""
                name: tiny
                seed: 450849059
                seeds: [3, 1]
                engine: mxnet
                device: gpu:0
                corpus:
                  source: text8
                  url: http://mattmahoney.net/dc/text8.zip
                  limit_chars: 5000
                dataset:
                  max_length: 200
                  vocabulary: 16384
                  split: [0.9, 0.05, 0.05]
                model:
                  embedding: 600
                units:
                  - unit: nested-lstm
                    label: nested-lstm
                    layers: 1
                    hidden: 8
                    depth: 2
                training:
                  optimizer: adam
                  learning_rate: 0.001
                  beta1: 0.9
                  beta2: 0.999
                  epsilon: 1.0e-8
                  batch_size: 64
                  epochs: 2
                  validate_every: 100
                  validation_sequences: 512
                  checkpoint_every: 500
                  snapshot_every: 100
                analysis:
                  connectivity:
                    text: " context the formal study of grammar is an important part of education from a young age\
                 through advanced learning though the rules taught in schools are not a grammar in the sense most\
                 linguists use"
                    wrt: one-hot
                    norm: l2-squared
                    target: logit
                  known_chars:
                    top_k: 3
                    max_chars: 21
                  suggestions:
                    top_k: 3
                  memory_profile:
                    sequences: 256
                    max_distance: 200
                  memory_span:
                    bucket: 10
                    top_k: 3
                    level: 0.9
                    known_chars: 0
                    min_pairs: 20
                  context_ablation:
                    windows: [1, 2, 4, 8, 16, 32, 64, 128]
                    max_known: 2
                    sequences: 128
                    tolerance: 0.01
                    share_tolerance: 0.05
                  at: final
                  loss_margin: 0.1
                report:
                  published: false
                output: runs/tiny
                """);
    }

    @Test
    void loadingTheCanonicalFormGivesAnEqualRecordAndHash() {
        ExperimentConfig config = experiments.load("""
                name: round
                seeds: [5, 6]
                engine: pytorch
                corpus: {source: path, path: "books with spaces/#1.txt", limit_chars: 1000}
                dataset: {split: [0.7, 0.2, 0.1]}
                units:
                  - {unit: gru, hidden: 8, layers: 2}
                  - {unit: gru, hidden: 8}
                  - {unit: nested-lstm, hidden: 8, depth: 3, label: "007"}
                training: {max_steps: 10, epsilon: 1.0e-10, learning_rate: 3}
                analysis: {connectivity: {text: " a b", norm: l2}}
                output: /tmp/somewhere
                """);

        ExperimentConfig reloaded = experiments.load(config.canonicalYaml());

        assertThat(reloaded).isEqualTo(config);
        assertThat(reloaded.canonicalYaml()).isEqualTo(config.canonicalYaml());
        assertThat(reloaded.configHash()).isEqualTo(config.configHash());
    }

    @Test
    void theHashIsSha256HexAndIgnoresTheOutputDirectory() {
        ExperimentConfig config = experiments.load(Experiments.MINIMAL);
        ExperimentConfig elsewhere = experiments.load(Experiments.MINIMAL, ConfigOverride.set("output=/elsewhere"));

        assertThat(config.configHash()).matches("[0-9a-f]{64}");
        assertThat(elsewhere.configHash()).isEqualTo(config.configHash());
        assertThat(elsewhere.canonicalYaml()).isNotEqualTo(config.canonicalYaml());
    }

    @Test
    void theHashIsTheSameForTheSameSettingsWrittenDifferently() {
        ExperimentConfig config = experiments.load(Experiments.MINIMAL);
        ExperimentConfig spelledOut = experiments.load("""
                # the same experiment, defaults written out, other order, other styles
                units: [{unit: gru, hidden: 8, label: gru, layers: 1}]
                corpus: {source: text8, url: "http://mattmahoney.net/dc/text8.zip"}
                training: {epochs: 2, learning_rate: 1e-3, batch_size: 0x40}
                dataset: {split: [0.90, 0.050, 5e-2]}
                name: tiny
                seed: 450_849_059
                """);

        assertThat(spelledOut).isEqualTo(config);
        assertThat(spelledOut.configHash()).isEqualTo(config.configHash());
    }

    @Test
    void changingAnySettingChangesTheHash() {
        Map<String, ConfigOverride> changes = new LinkedHashMap<>();
        List.of(
                        "name=other",
                        "seed=1",
                        "seeds=[1]",
                        "engine=pytorch",
                        "device=cpu",
                        "corpus.url=http://mirror.example/text8.zip",
                        "corpus.limit_chars=1000",
                        "dataset.max_length=100",
                        "dataset.vocabulary=100",
                        "dataset.split=[0.8,0.1,0.1]",
                        "model.embedding=16",
                        "units[0].unit=lstm",
                        "units[0].label=other",
                        "units[0].layers=2",
                        "units[0].hidden=9",
                        "training.learning_rate=0.01",
                        "training.beta1=0.5",
                        "training.beta2=0.5",
                        "training.epsilon=1.0e-7",
                        "training.batch_size=8",
                        "training.epochs=3",
                        "training.max_steps=100",
                        "training.validate_every=10",
                        "training.validation_sequences=10",
                        "training.checkpoint_every=10",
                        "training.snapshot_every=200",
                        "analysis.connectivity.text=' the cat'",
                        "analysis.connectivity.wrt=embedding",
                        "analysis.connectivity.norm=l2",
                        "analysis.connectivity.target=log-probability",
                        "analysis.known_chars.top_k=2",
                        "analysis.known_chars.max_chars=5",
                        "analysis.known_chars.sequences=5",
                        "analysis.suggestions.top_k=2",
                        "analysis.memory_profile.sequences=2",
                        "analysis.memory_profile.max_distance=2",
                        "analysis.memory_span.bucket=5",
                        "analysis.memory_span.top_k=2",
                        "analysis.memory_span.level=0.5",
                        "analysis.memory_span.known_chars=1",
                        "analysis.memory_span.min_pairs=5",
                        "analysis.memory_span.sequences=5",
                        "analysis.context_ablation.windows=[1, 3]",
                        "analysis.context_ablation.max_known=1",
                        "analysis.context_ablation.sequences=5",
                        "analysis.context_ablation.tolerance=0.1",
                        "analysis.context_ablation.share_tolerance=0.1",
                        "analysis.at=matched-loss",
                        "analysis.loss_margin=0.5",
                        "report.published=true",
                        "report.positions=[3]")
                .forEach(change -> changes.put(change.substring(0, change.indexOf('=')), ConfigOverride.set(change)));
        changes.put("corpus.source", ConfigOverride.corpus("books"));
        changes.put("corpus.path", ConfigOverride.corpus("other-books"));
        Map<String, String> seen = new HashMap<>();
        seen.put(experiments.load(Experiments.MINIMAL).configHash(), "no change");

        changes.forEach((path, change) -> {
            String hash = experiments.load(Experiments.MINIMAL, change).configHash();
            assertThat(seen.put(hash, path)).as("hash after changing %s", path).isNull();
        });
        // The planted-cue settings, changed one at a time from a planted-cue corpus.
        ConfigOverride planted = ConfigOverride.set("corpus.source=planted-cue");
        seen.put(experiments.load(Experiments.MINIMAL, planted).configHash(), "planted-cue");
        List.of("corpus.pairs=4", "corpus.min_distance=20", "corpus.max_distance=50", "corpus.marker=false",
                        "corpus.fillers=30")
                .forEach(change -> {
                    String path = change.substring(0, change.indexOf('='));
                    changes.put(path, ConfigOverride.set(change));
                    String hash = experiments.load(Experiments.MINIMAL, planted, ConfigOverride.set(change)).configHash();
                    assertThat(seen.put(hash, path)).as("hash after changing %s", path).isNull();
                });
        // Every setting is covered, except output (outside the hash) and the optimizer (adam is the only one).
        assertThat(ConfigSchema.describe())
                .filteredOn(row -> !row.type().equals("mapping") && !row.type().equals("list"))
                .extracting(row -> row.path().replace("units[].<hyperparameter>", "units[0].hidden").replace("[]", "[0]"))
                .filteredOn(path -> !path.equals("output") && !path.equals("training.optimizer"))
                .allSatisfy(path -> assertThat(changes).containsKey(path));
    }
}
