package io.github.rnnmem.experiments.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.api.registry.UnitRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class YamlWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"gru", "runs/paper", "gpu:0", "http://mirror.example/text8.zip", "a.b-c_d"})
    void writesSafeWordsPlain(String word) {
        assertThat(YamlWriter.inline(word)).isEqualTo(word);
        assertThat(readBack(YamlWriter.inline(word))).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"007", "1e3", "true", "yes", "null", "~", "", " the cat", "a: b", "x #y", "say \"hi\"",
            "back\\slash", "tab\there", "-dash", "ends:", "[list]"})
    void quotesStringsThatWouldReadBackDifferently(String text) {
        String written = YamlWriter.inline(text);

        assertThat(written).startsWith("\"").endsWith("\"");
        assertThat(readBack(written)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.9, 0.05, 1e-8, 1e-10, 3.0, 1e10, 0.1 + 0.2})
    void writesNumbersThatReadBackExactly(double number) {
        assertThat(readBack(YamlWriter.inline(number))).isEqualTo(number);
    }

    @Test
    void writesFlowListsAndIndentedBlocks() {
        YamlWriter out = new YamlWriter();
        out.value("seeds", List.of(1, 2));
        out.beginMapping("units");
        out.beginItem();
        out.value("unit", "gru");
        out.value("hidden", 8);
        out.end();
        out.end();
        out.value("flag", true);

        assertThat(out.text()).isEqualTo("seeds: [1, 2]\nunits:\n  - unit: gru\n    hidden: 8\nflag: true\n");
    }

    private static Object readBack(String scalar) {
        Binding binding = new Binding(UnitRegistry.of(List.of()));
        YamlNode node = YamlReader.read("value: " + scalar, Source.file("test.yaml", Path.of("")), binding)
                .orElseThrow();
        assertThat(binding.problems()).isEmpty();
        return ((YamlMap) node).get("value").orElseThrow().raw();
    }
}
