package io.github.rnnmem.experiments.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.api.registry.UnitRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigPathsTest {

    private final Binding binding = new Binding(UnitRegistry.of(List.of()));
    private final Location origin = Location.start(Source.argument("--set", Path.of(""), 1));

    @Test
    void parsesKeysAndIndexes() {
        assertThat(ConfigPaths.parse("units[1].hidden")).contains(List.of(
                new ConfigPaths.Key("units"), new ConfigPaths.Index(1), new ConfigPaths.Key("hidden")));
        assertThat(ConfigPaths.parse("a[0][2]")).contains(List.of(
                new ConfigPaths.Key("a"), new ConfigPaths.Index(0), new ConfigPaths.Index(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".a", "a.", "a..b", "[0]", "a[x]", "a[-1]", "a b", "a[0]b", "a[1234567890]"})
    void refusesWhatIsNotAPath(String text) {
        assertThat(ConfigPaths.parse(text)).isEmpty();
    }

    @Test
    void followsAPathAsFarAsTheTreeGoes() {
        YamlNode tree = read("units: [{unit: gru}]\n");
        List<ConfigPaths.Step> path = ConfigPaths.parse("units[0].label").orElseThrow();

        assertThat(ConfigPaths.find(tree, path)).isEmpty();
        assertThat(ConfigPaths.nearest(tree, path)).isInstanceOf(YamlMap.class);
        assertThat(ConfigPaths.find(tree, ConfigPaths.parse("units[0].unit").orElseThrow()))
                .hasValueSatisfying(node -> assertThat(node.raw()).isEqualTo("gru"));
    }

    @Test
    void setCreatesMissingMappingsAndKeepsTheRest() {
        YamlNode tree = read("a: {b: 1}\nc: 2\n");
        YamlNode value = YamlScalar.string("x", origin);

        YamlNode changed = ConfigPaths.set(tree, ConfigPaths.parse("a.d.e").orElseThrow(), value, origin, binding)
                .orElseThrow();

        assertThat(changed.raw()).isEqualTo(read("a: {b: 1, d: {e: x}}\nc: 2\n").raw());
        assertThat(binding.hasProblems()).isFalse();
    }

    @Test
    void setReportsAStepIntoAScalar() {
        YamlNode tree = read("a: 1\n");

        assertThat(ConfigPaths.set(tree, ConfigPaths.parse("a.b").orElseThrow(), tree, origin, binding)).isEmpty();
        assertThat(binding.problems()).extracting(p -> p.message())
                .containsExactly("--set: a: expected a mapping, got 1");
    }

    private YamlNode read(String text) {
        return YamlReader.read(text, Source.file("t.yaml", Path.of("")), binding).orElseThrow();
    }
}
