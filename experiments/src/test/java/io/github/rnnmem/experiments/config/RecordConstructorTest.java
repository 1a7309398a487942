package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Constructors check their arguments with the rules the loader applies to YAML. */
class RecordConstructorTest {

    @TempDir
    Path directory;

    @Test
    void rejectsValuesOutOfRangeWithTheLoadersWords() {
        assertThatThrownBy(() -> new TrainingConfig(
                        Optimizer.ADAM, 0, 0.9, 1, 1e-8, 0, OptionalInt.of(2), OptionalInt.empty(), 100, 512, 500, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("training.learning_rate: expected a number in (0, 10], got 0.0; "
                        + "training.beta2: expected a number in [0, 1), got 1.0; "
                        + "training.batch_size: expected an integer in [1, 65536], got 0");
        assertThatThrownBy(() -> new KnownCharsConfig(0, 21, OptionalInt.empty()))
                .hasMessage("analysis.known_chars.top_k: expected an integer in [1, 10], got 0");
        assertThatThrownBy(() -> new ConnectivityConfig("no leading space", GradientInput.ONE_HOT, GradientNorm.L2, ConnectivityScore.LOGIT))
                .hasMessageStartingWith("analysis.connectivity.text: expected words of a-z");
    }

    @Test
    void requiresEveryValueExceptThoseWithoutDefault() {
        assertThatThrownBy(() -> new ModelConfig(0)).hasMessage("model.embedding: expected an integer in [1, 65536], got 0");
        assertThatThrownBy(() -> new ConnectivityConfig(null, null, GradientNorm.L2, ConnectivityScore.LOGIT))
                .hasMessage("analysis.connectivity.text: expected words of a-z, each after a single space"
                        + " (so the text starts with a space) (required), got nothing; "
                        + "analysis.connectivity.wrt: expected one of one-hot, embedding (required), got nothing");
        assertThatThrownBy(() -> new TrainingConfig(
                        Optimizer.ADAM, 0.001, 0.9, 0.999, 1e-8, 64, OptionalInt.empty(), OptionalInt.empty(), 100, 512, 500, 100))
                .hasMessage("training.epochs: expected an integer in [1, 1000] (required), got nothing");
        assertThat(new TrainingConfig(
                        Optimizer.ADAM, 0.001, 0.9, 0.999, 1e-8, 64, OptionalInt.empty(), OptionalInt.of(5), 100, 512, 500, 100)
                .maxSteps()).hasValue(5);
    }

    @Test
    void checksTheRulesBetweenValues() {
        assertThatThrownBy(() -> new CorpusConfig(
                        CorpusKind.PATH, Optional.empty(), Optional.of(CorpusConfig.TEXT8_URL), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty()))
                .hasMessage("corpus.path: expected a file or directory path (required when source is path), got nothing; "
                        + "corpus.url: expected no url when source is path (url is only for text8),"
                        + " got http://mattmahoney.net/dc/text8.zip");
        assertThatThrownBy(() -> new CorpusConfig(
                        CorpusKind.TEXT8, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty()))
                .hasMessage("corpus.url: expected an http, https or file URL (required), got nothing");
        assertThatThrownBy(() -> new CorpusConfig(
                        CorpusKind.TEXT8, Optional.empty(), Optional.of(URI.create("ftp://x/text8.zip")), OptionalInt.empty(),
                        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), OptionalInt.empty()))
                .hasMessage("corpus.url: expected an http, https or file URL, got ftp://x/text8.zip");
    }

    @Test
    void checksSplitsAndDevices() {
        assertThatThrownBy(() -> new DataSplit(0.5, 0.5, 0))
                .hasMessage("split: expected three numbers in [0, 1] (train, validation, test) summing to 1,"
                        + " with train > 0 and test > 0, got [0.5, 0.5, 0.0]");
        assertThat(new DataSplit(0.9, 0.0999995, 0.0000005).test()).isPositive();
        assertThat(DeviceChoice.parse("gpu:3")).contains(new DeviceChoice(DeviceChoice.Kind.GPU, OptionalInt.of(3)));
        assertThat(DeviceChoice.parse("gpu:-1")).isEmpty();
        assertThat(DeviceChoice.parse("tpu")).isEmpty();
        assertThatThrownBy(() -> new DeviceChoice(DeviceChoice.Kind.CPU, OptionalInt.of(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExperimentChecksItsUnitsAndLabels() {
        ExperimentConfig loaded = new Experiments(directory).load(Experiments.MINIMAL);
        UnitConfig gru = loaded.units().get(0);
        UnitConfig twin = new UnitConfig("gru", "gru", 2, gru.hyperparameters());

        assertThatThrownBy(() -> new UnitConfig("gru", "Bad Label", 1, gru.hyperparameters()))
                .hasMessage("units[].label: expected a name matching [a-z0-9][a-z0-9._-]*, got \"Bad Label\"");
        assertThatThrownBy(() -> withUnits(loaded, List.of(gru, twin)))
                .hasMessage("units[1].label: expected a label no other unit has (units[0] has it;"
                        + " set label to tell them apart), got \"gru\"");
        assertThatThrownBy(() -> withUnits(loaded, List.of()))
                .hasMessageStartingWith("units: expected a non-empty list of units");
        assertThat(withUnits(loaded, List.of(gru, new UnitConfig("gru", "gru-deep", 2, gru.hyperparameters())))
                .units()).hasSize(2);
    }

    private static ExperimentConfig withUnits(ExperimentConfig config, List<UnitConfig> units) {
        return new ExperimentConfig(
                config.name(),
                config.seed(),
                config.seeds(),
                config.engine(),
                config.device(),
                config.corpus(),
                config.dataset(),
                config.model(),
                units,
                config.training(),
                config.analysis(),
                config.report(),
                config.output());
    }
}
