package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigErrorsTest {

    @TempDir
    Path directory;

    private Experiments experiments;

    @BeforeEach
    void setUp() {
        experiments = new Experiments(directory);
    }

    @Test
    void namesUnknownKeysAtEveryLevelWithTheNearestKnownOne() {
        assertThat(experiments.problems("""
                name: typos
                sed: 1
                corpus:
                  source: text8
                  limit_char: 5000
                dataset:
                  max_lenght: 100
                model:
                  embeding: 32
                units:
                  - unit: gru
                    hidden: 8
                    layer: 2
                training:
                  epoch: 1
                analysis:
                  sugestions: {top_k: 2}
                  connectivity: {nrom: l2}
                  known_chars: {topk: 2}
                  memory_profile: {sequence: 2}
                """)).containsExactly(
                "exp.yaml:2: sed: expected one of the keys name, seed, seeds, engine, device, corpus, dataset,"
                        + " model, units, training, analysis, report, output, got an unknown key; did you mean \"seed\"?",
                "exp.yaml:5: corpus.limit_char: expected one of the keys source, path, url, limit_chars,"
                        + " pairs, min_distance, max_distance, marker, fillers, got an unknown key; did you mean \"limit_chars\"?",
                "exp.yaml:7: dataset.max_lenght: expected one of the keys max_length, vocabulary, split,"
                        + " got an unknown key; did you mean \"max_length\"?",
                "exp.yaml:9: model.embeding: expected one of the keys embedding, got an unknown key;"
                        + " did you mean \"embedding\"?",
                "exp.yaml:13: units[0].layer: expected one of the keys unit, label, layers, hidden,"
                        + " got an unknown key; did you mean \"layers\"?",
                "exp.yaml:15: training.epoch: expected one of the keys optimizer, learning_rate, beta1, beta2,"
                        + " epsilon, batch_size, epochs, max_steps, validate_every, validation_sequences,"
                        + " checkpoint_every, snapshot_every, got an unknown key; did you mean \"epochs\"?",
                "exp.yaml:17: analysis.sugestions: expected one of the keys connectivity, known_chars,"
                        + " suggestions, memory_profile, memory_span, context_ablation, at, loss_margin, got an unknown key; did you mean \"suggestions\"?",
                "exp.yaml:18: analysis.connectivity.nrom: expected one of the keys text, wrt, norm,"
                        + " target, got an unknown key; did you mean \"norm\"?",
                "exp.yaml:19: analysis.known_chars.topk: expected one of the keys top_k, max_chars,"
                        + " sequences, got an unknown key; did you mean \"top_k\"?",
                "exp.yaml:20: analysis.memory_profile.sequence: expected one of the keys sequences, max_distance,"
                        + " got an unknown key; did you mean \"sequences\"?");
    }

    @Test
    void showsValuesOfTheWrongTypeAsWritten() {
        assertThat(experiments.problems("""
                name: types
                seed: abc
                seeds: 3
                engine: 5
                device: gpu:x
                corpus: text8
                dataset:
                  split: even
                units:
                  - unit: gru
                    hidden: 8
                  - unit: lstm
                    hidden: "6oo"
                training:
                  learning_rate: fast
                  epochs: 2.5
                """)).containsExactly(
                "exp.yaml:2: seed: expected an integer in [0, 2147483647], got \"abc\"",
                "exp.yaml:3: seeds: expected a non-empty list of distinct integers in [0, 2147483647], got 3",
                "exp.yaml:4: engine: expected one of mxnet, pytorch, got 5",
                "exp.yaml:5: device: expected auto, cpu, gpu or gpu:N with N >= 0, got \"gpu:x\"",
                "exp.yaml:6: corpus: expected a mapping with keys source, path, url, limit_chars,"
                        + " pairs, min_distance, max_distance, marker, fillers, got \"text8\"",
                "exp.yaml:8: dataset.split: expected three numbers in [0, 1] (train, validation, test) summing to 1,"
                        + " with train > 0 and test > 0, got \"even\"",
                "exp.yaml:13: units[1].hidden: expected an integer in [1, 65536], got \"6oo\"",
                "exp.yaml:15: training.learning_rate: expected a number in (0, 10], got \"fast\"",
                "exp.yaml:16: training.epochs: expected an integer in [1, 1000], got 2.5");
    }

    @Test
    void namesTheRangeOfValuesOutOfRange() {
        assertThat(experiments.problems("""
                name: Ranges
                seeds: [1, 1]
                corpus: {source: text8, limit_chars: 999}
                dataset: {max_length: 1, split: [0.5, 0.2, 0.2]}
                units:
                  - {unit: gru, hidden: 0, layers: 65}
                training:
                  learning_rate: 0
                  beta1: 1
                  epsilon: 1.5
                  batch_size: 0
                analysis:
                  known_chars: {top_k: 11, max_chars: 101}
                """)).containsExactly(
                "exp.yaml:1: name: expected a name matching [a-z0-9][a-z0-9._-]*, got \"Ranges\"",
                "exp.yaml:2: seeds: expected a non-empty list of distinct integers in [0, 2147483647], got [1, 1]",
                "exp.yaml:3: corpus.limit_chars: expected an integer in [1000, 2147483647], got 999",
                "exp.yaml:4: dataset.max_length: expected an integer in [2, 100000], got 1",
                "exp.yaml:4: dataset.split: expected three numbers in [0, 1] (train, validation, test) summing to 1,"
                        + " with train > 0 and test > 0, got [0.5, 0.2, 0.2]",
                "exp.yaml:6: units[0].hidden: expected an integer in [1, 65536], got 0",
                "exp.yaml:6: units[0].layers: expected an integer in [1, 64], got 65",
                "exp.yaml:8: training.learning_rate: expected a number in (0, 10], got 0",
                "exp.yaml:9: training.beta1: expected a number in [0, 1), got 1",
                "exp.yaml:10: training.epsilon: expected a number in (0, 1], got 1.5",
                "exp.yaml:11: training.batch_size: expected an integer in [1, 65536], got 0",
                "exp.yaml:13: analysis.known_chars.top_k: expected an integer in [1, 10], got 11",
                "exp.yaml:13: analysis.known_chars.max_chars: expected an integer in [1, 100], got 101");
    }

    @Test
    void locatesMissingKeysAtTheMappingThatShouldHoldThem() {
        assertThat(experiments.problems("""
                seed: 3
                corpus:
                  limit_chars: 5000
                units:
                  - layers: 2
                  - unit: nested-lstm
                    depth: 2
                """)).containsExactly(
                "exp.yaml:1: name: expected a name matching [a-z0-9][a-z0-9._-]* (required), got nothing",
                "exp.yaml:3: corpus.source: expected one of text8, path, planted-cue (required), got nothing",
                "exp.yaml:5: units[0].unit: expected a unit name, such as gru (required), got nothing",
                "exp.yaml:6: units[1].hidden: expected an integer in [1, 65536] (required), got nothing");
    }

    @Test
    void reportsEverythingMissingFromAnEmptyFile() {
        assertThat(experiments.problems("# nothing yet\n")).containsExactly(
                "exp.yaml:1: name: expected a name matching [a-z0-9][a-z0-9._-]* (required), got nothing",
                "exp.yaml:1: corpus: expected a mapping with keys source, path, url, limit_chars,"
                        + " pairs, min_distance, max_distance, marker, fillers (required), got nothing",
                "exp.yaml:1: units: expected a non-empty list of units, each a mapping such as"
                        + " {unit: gru, layers: 2, hidden: 600} (required), got nothing");
    }

    @Test
    void namesTheKnownUnitsWhenAUnitIsUnknown() {
        assertThat(experiments.problems("""
                name: units
                corpus: {source: text8}
                units:
                  - unit: gur
                    hidden: 8
                  - unit: transformer
                """)).containsExactly(
                "exp.yaml:4: units[0].unit: unknown unit \"gur\"; did you mean \"gru\"?"
                        + " (known units: gru, lstm, nested-lstm)",
                "exp.yaml:6: units[1].unit: unknown unit \"transformer\" (known units: gru, lstm, nested-lstm)");
    }

    @Test
    void locatesUnitHyperparameterProblemsAtTheirLines() {
        assertThat(experiments.problems("""
                name: hyper
                corpus: {source: text8}
                units:
                  - unit: nested-lstm
                    hidden: 8
                    depth: 9
                  - unit: nested-lstm
                    hidden: 8
                    depht: 2
                  - unit: lstm
                    hidden: 8
                    depth: 2
                """)).containsExactly(
                "exp.yaml:6: units[0].depth: expected an integer in [1, 8], got 9",
                "exp.yaml:9: units[1].depht: expected one of the keys unit, label, layers, hidden, depth,"
                        + " got an unknown key; did you mean \"depth\"?",
                "exp.yaml:12: units[2].depth: expected one of the keys unit, label, layers, hidden,"
                        + " got an unknown key");
    }

    @Test
    void checksRulesThatTieSeveralKeysTogether() {
        assertThat(experiments.problems("""
                name: cross
                corpus:
                  source: text8
                  path: books
                units:
                  - {unit: gru, hidden: 8, label: same}
                  - {unit: lstm, hidden: 8, label: same}
                """)).containsExactly(
                "exp.yaml:4: corpus.path: expected no path when source is text8, got \"books\"");
        assertThat(experiments.problems("""
                name: cross
                corpus:
                  source: path
                  url: http://mirror.example/text8.zip
                units:
                  - {unit: gru, hidden: 8, label: same}
                  - {unit: lstm, hidden: 8, label: same}
                  - {unit: gru, hidden: 8}
                  - {unit: gru, hidden: 8, label: gru-2}
                """)).containsExactly(
                "exp.yaml:3: corpus.path: expected a file or directory path (required when source is path), got nothing",
                "exp.yaml:4: corpus.url: expected no url when source is path (url is only for text8),"
                        + " got \"http://mirror.example/text8.zip\"");
    }

    @Test
    void refusesTwoUnitsWithTheSameLabel() {
        assertThat(experiments.problems("""
                name: labels
                corpus: {source: text8}
                units:
                  - {unit: gru, hidden: 8, label: same}
                  - {unit: lstm, hidden: 8, label: same}
                  - unit: gru
                    hidden: 8
                  - {unit: gru, hidden: 8, label: gru}
                """)).containsExactly(
                "exp.yaml:5: units[1].label: expected a label no other unit has (units[0] has it;"
                        + " set label to tell them apart), got \"same\"",
                "exp.yaml:8: units[3].label: expected a label no other unit has (units[2] has it;"
                        + " set label to tell them apart), got \"gru\"");
    }

    @Test
    void reportsEveryProblemTogetherInFileOrder() {
        assertThat(experiments.problems("""
                name: many
                corpus:
                  source: text9
                units:
                  - unit: gru
                    hidden: -1
                training:
                  batch_size: big
                  epochz: 3
                output: ""
                """)).containsExactly(
                "exp.yaml:3: corpus.source: expected one of text8, path, planted-cue, got \"text9\"",
                "exp.yaml:6: units[0].hidden: expected an integer in [1, 65536], got -1",
                "exp.yaml:8: training.batch_size: expected an integer in [1, 65536], got \"big\"",
                "exp.yaml:9: training.epochz: expected one of the keys optimizer, learning_rate, beta1, beta2,"
                        + " epsilon, batch_size, epochs, max_steps, validate_every, validation_sequences,"
                        + " checkpoint_every, snapshot_every, got an unknown key; did you mean \"epochs\"?",
                "exp.yaml:10: output: expected a file or directory path, got \"\"");
    }

    @Test
    void isBadInputWithOneLinePerProblem() {
        assertThatThrownBy(() -> experiments.load("name: x\nseed: -1\ncorpus: {source: text8}\nunits: []\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("exp.yaml:2: seed: expected an integer in [0, 2147483647], got -1\n"
                        + "exp.yaml:4: units: expected a non-empty list of units, each a mapping such as"
                        + " {unit: gru, layers: 2, hidden: 600}, got []");
    }
}
