package io.github.rnnmem.experiments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.rnnmem.experiments.settings.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReadingTest {

    @TempDir
    Path directory;

    @Test
    void reportsASyntaxErrorWithLineColumnAndTheParsersText() {
        List<String> problems = new Experiments(directory).problems("""
                name: broken
                corpus: {source: text8
                units: []
                """);

        assertThat(problems).singleElement().asString()
                .startsWith("exp.yaml:3:6: ")
                .contains("expected ',' or '}'")
                .contains("while parsing a flow mapping at line 2");
    }

    @Test
    void refusesDuplicateKeysNamingBothLines() {
        assertThat(new Experiments(directory).problems("""
                name: twice
                corpus: {source: text8}
                units: [{unit: gru, hidden: 8}]
                training:
                  epochs: 1
                  batch_size: 8
                  epochs: 3
                """)).containsExactly("exp.yaml:7: training.epochs: duplicate key, first given at exp.yaml:5");
    }

    @Test
    void refusesTagsThatWouldConstructObjects() {
        assertThat(new Experiments(directory).problems("""
                name: unsafe
                corpus:
                  source: path
                  path: !!java.io.File /etc/passwd
                units: [{unit: gru, hidden: !custom 8}]
                """)).containsExactly(
                "exp.yaml:4: corpus.path: tag !!java.io.File is not allowed: only plain values, lists and mappings are read",
                "exp.yaml:5: units[0].hidden: tag !custom is not allowed: only plain values, lists and mappings are read");
    }

    @Test
    void acceptsTheTagsOfPlainValues() {
        ExperimentConfig config = new Experiments(directory).load("""
                name: !!str tagged
                corpus: !!map {source: text8}
                units: !!seq [{unit: gru, hidden: !!int "8"}]
                """);

        assertThat(config.units().get(0).hidden()).isEqualTo(8);
    }

    @Test
    void refusesAValueThatContainsItself() {
        assertThat(new Experiments(directory).problems("""
                name: loop
                corpus: {source: text8}
                units: &self [*self]
                """)).containsExactly(
                "exp.yaml:3: units[0]: an alias here refers to a value that contains it; recursive values are not supported");
    }

    @Test
    void refusesKeysThatAreNotWords() {
        assertThat(new Experiments(directory).problems("""
                name: keys
                corpus: {source: text8}
                units: [{unit: gru, hidden: 8}]
                ? [a, b]
                : 1
                """)).containsExactly("exp.yaml:4: a key must be a plain word, such as epochs");
    }

    @Test
    void wantsAMappingAtTheTop() {
        assertThat(new Experiments(directory).problems("- name: list\n")).containsExactly(
                "exp.yaml:1: expected a mapping with keys name, seed, seeds, engine, device, corpus, dataset,"
                        + " model, units, training, analysis, report, output, got [a mapping]");
    }

    @Test
    void namesAMissingFile() {
        ConfigLoader loader = new Experiments(directory).loader();

        assertThatThrownBy(() -> loader.load(Path.of("missing.yaml"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("missing.yaml: no such file");
    }

    @Test
    void namesADirectoryGivenAsTheFile() throws Exception {
        Files.createDirectory(directory.resolve("folder"));
        ConfigLoader loader = new Experiments(directory).loader();

        assertThatThrownBy(() -> loader.load(Path.of("folder"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("folder: a directory, not a YAML file");
    }

    @Test
    void namesAFileThatIsNotText() throws Exception {
        Files.write(directory.resolve("binary.yaml"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        ConfigLoader loader = new Experiments(directory).loader();

        assertThatThrownBy(() -> loader.load(Path.of("binary.yaml"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("binary.yaml: not UTF-8 text");
    }

    @Test
    void refusesAFileLargerThanTheLimitByItsSizeAtOnce() throws Exception {
        StringBuilder text = new StringBuilder("name: big\n");
        String comment = "# a comment, repeated until the file is far larger than an experiment file ever is\n";
        while (text.length() < 50 << 20) {
            text.append(comment);
        }
        Files.writeString(directory.resolve("big.yaml"), text);
        ConfigLoader loader = new Experiments(directory).loader();

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(
                () -> loader.load(Path.of("big.yaml"), List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(String.format(Locale.ROOT, "big.yaml: an experiment file may have at most 1,048,576 bytes"
                        + " (1 MiB), this one has %,d bytes; is it the right file?", text.length())));
    }

    @Test
    void refusesATextJustOverTheLimitAndReadsOneAtIt() throws Exception {
        String name = "name: limit\n";
        String atLimit = name + "#".repeat(YamlReader.MAX_LENGTH - name.length());
        Experiments experiments = new Experiments(directory);

        assertThat(experiments.problems(atLimit)).noneMatch(problem -> problem.contains("at most"));
        assertThat(experiments.problems(atLimit + "#")).containsExactly("exp.yaml: an experiment file may have at most"
                + " 1,048,576 bytes (1 MiB), this one has 1,048,577 bytes; is it the right file?");
    }
}
