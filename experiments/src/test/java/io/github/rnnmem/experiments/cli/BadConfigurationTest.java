package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Experiment files and overrides with mistakes, given to {@code rnnmem run}: exit status 2, one
 * line per problem naming the file and line (or the override), the setting, what was expected and
 * what was found; no stack trace, and no run directory.
 */
class BadConfigurationTest {

    @TempDir Path directory;
    private TinyExperiment experiment;

    @BeforeEach
    void writeAGoodExperiment() {
        experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}");
    }

    /** The tiny experiment with one of its lines replaced. */
    private String withLine(String line, String replacement) throws IOException {
        String yaml = Files.readString(experiment.file());
        assertThat(yaml).contains(line);
        Path file = directory.resolve("bad.yaml");
        Files.writeString(file, yaml.replace(line, replacement));
        return file.toString();
    }

    private CommandResult refused(String... arguments) {
        CommandResult result = InProcess.run(arguments);
        assertThat(result.status()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith("rnnmem: ").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
        assertThat(experiment.output()).doesNotExist();
        return result;
    }

    @Test
    void anUnknownKeyIsNamedWithTheNearestKnownOne() throws IOException {
        String file = withLine("  batch_size: 8", "  batch_sise: 8");
        assertThat(refused("run", file).err()).isEqualTo("rnnmem: " + file + ":9: training.batch_sise: expected one of the"
                + " keys optimizer, learning_rate, beta1, beta2, epsilon, batch_size, epochs, max_steps, validate_every,"
                + " validation_sequences, checkpoint_every, snapshot_every, got an unknown key; did you mean \"batch_size\"?\n");
    }

    @Test
    void aValueOfTheWrongTypeIsShownAsWritten() throws IOException {
        String file = withLine("model: {embedding: 8}", "model: {embedding: eight}");
        assertThat(refused("run", file).err())
                .isEqualTo("rnnmem: " + file + ":5: model.embedding: expected an integer in [1, 65536], got \"eight\"\n");
    }

    @Test
    void aValueOutOfRangeIsShownWithTheRange() throws IOException {
        String file = withLine("  batch_size: 8", "  batch_size: 0");
        assertThat(refused("run", file).err())
                .isEqualTo("rnnmem: " + file + ":9: training.batch_size: expected an integer in [1, 65536], got 0\n");
    }

    @Test
    void anUnknownUnitIsNamedWithTheKnownOnes() throws IOException {
        String file = withLine("{unit: gru, hidden: 16}", "{unit: gur, hidden: 16}");
        assertThat(refused("run", file).err()).isEqualTo("rnnmem: " + file + ":7: units[0].unit: unknown unit \"gur\";"
                + " did you mean \"gru\"? (known units: gru, lstm, nested-lstm)\n");
    }

    @Test
    void aMissingFileIsNamed() {
        String file = directory.resolve("nothing.yaml").toString();
        assertThat(refused("run", file).err()).isEqualTo("rnnmem: " + file + ": no such file\n");
    }

    @Test
    void aYamlSyntaxErrorIsPlacedByLineAndColumn() throws IOException {
        String file = withLine("model: {embedding: 8}", "model: {embedding: 8");
        assertThat(refused("run", file).err()).isEqualTo("rnnmem: " + file
                + ":6:6: expected ',' or '}', but got : (while parsing a flow mapping at line 5)\n");
    }

    @Test
    void badOverridesAreNamedByTheirOption() {
        String file = experiment.file().toString();
        assertThat(refused("run", file, "--set", "training.max_steps").err()).isEqualTo("rnnmem: --set training.max_steps:"
                + " expected path=value, such as training.epochs=1, got \"training.max_steps\"\n");
        assertThat(refused("run", file, "--set", "training.max_steps=many").err()).isEqualTo("rnnmem: --set"
                + " training.max_steps: expected an integer in [1, 1000000000], got \"many\"\n");
        assertThat(refused("run", file, "--set", "trainig.max_steps=3").err())
                .startsWith("rnnmem: --set trainig.max_steps: trainig: expected one of the keys ")
                .endsWith("got an unknown key; did you mean \"training\"?\n");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path file = directory.resolve("many.yaml");
        Files.writeString(file, """
                name: many
                corpus: {source: path, path: corpus.txt}
                dataset: {max_length: 40, vocabulary: 16, split: [0.8, 0.1]}
                units:
                  - {unit: lstn, hidden: 8}
                  - {unit: gru, hidden: -3, layer: 2}
                training: {learning_rate: 11}
                output: "%s"
                """.formatted(experiment.output()));
        assertThat(refused("run", file.toString(), "--set", "training.batch_size=x").err().lines().toList()).containsExactly(
                "rnnmem: " + file + ":3: dataset.split: expected three numbers in [0, 1] (train, validation, test) summing"
                        + " to 1, with train > 0 and test > 0, got [0.8, 0.1]",
                file + ":5: units[0].unit: unknown unit \"lstn\"; did you mean \"lstm\"? (known units: gru, lstm,"
                        + " nested-lstm)",
                file + ":6: units[1].hidden: expected an integer in [1, 65536], got -3",
                file + ":6: units[1].layer: expected one of the keys unit, label, layers, hidden, variant, got an"
                        + " unknown key; did you mean \"layers\"?",
                file + ":7: training.learning_rate: expected a number in (0, 10], got 11",
                "--set training.batch_size: expected an integer in [1, 65536], got \"x\"");
    }
}
