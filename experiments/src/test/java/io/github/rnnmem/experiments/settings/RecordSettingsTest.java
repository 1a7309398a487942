package io.github.rnnmem.experiments.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.config.GradientNorm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** One declaration per setting: binding, defaults, checks, canonical form and schema all follow from it. */
class RecordSettingsTest {

    /** A record of settings such as an analysis would declare. */
    record Probe(
            @Setting(value = "how many probes", range = "[1, 100]", fallback = "8") int count,
            @Setting(value = "how fast", range = "(0, 1]", fallback = "0.5") double rate,
            @Setting(value = "which norm", fallback = "l2-squared") GradientNorm norm,
            @Setting(value = "where to stop", range = "[1, 1000]") OptionalInt limit,
            @Setting(value = "at least count", range = "[1, 1000]", derived = "count") int window,
            @Setting(value = "probe positions", range = "[0, 50]") List<Integer> positions) {

        Probe {
            RecordSettings.of(Probe.class).verify("probe", count, rate, norm, limit, window, positions);
        }

        static Relations relations() {
            return new Relations()
                    .derive("window", values -> values.get("count"))
                    .check(values -> values.<Integer>get("window") >= values.<Integer>get("count") ? List.of()
                            : List.of(new Violation("window", "at least count (" + values.get("count") + ")",
                                    values.get("window"))));
        }
    }

    private static final RecordSettings<Probe> SETTINGS = RecordSettings.of(Probe.class);

    private static Optional<Probe> bind(String yaml, Binding binding) {
        YamlNode node = YamlReader.read(yaml, Source.file("probe.yaml", Path.of("")), binding).orElseThrow();
        return new RecordFormat<>(SETTINGS).bind(node, "probe", binding);
    }

    @Test
    void keysComeFromTheComponentsAndDefaultsFromTheDeclarations() {
        assertThat(SETTINGS.keys()).containsExactly("count", "rate", "norm", "limit", "window", "positions");
        assertThat(SETTINGS.defaults()).isEqualTo(new Probe(8, 0.5, GradientNorm.L2_SQUARED, OptionalInt.empty(), 8, List.of()));
        assertThat(bind("{count: 3, limit: 9, positions: [4, 2]}", new Binding()))
                .contains(new Probe(3, 0.5, GradientNorm.L2_SQUARED, OptionalInt.of(9), 3, List.of(4, 2)));
    }

    @Test
    void bindingReportsEveryProblemAtItsLine() {
        Binding binding = new Binding();
        assertThat(bind("count: 0\nrate: 0\nnorm: l3\nwindow: 5\npositions: [1, 1]\ncont: 2\n", binding)).isEmpty();
        assertThat(binding.problems()).extracting(ConfigProblem::message).containsExactly(
                "probe.yaml:1: probe.count: expected an integer in [1, 100], got 0",
                "probe.yaml:2: probe.rate: expected a number in (0, 1], got 0",
                "probe.yaml:3: probe.norm: expected one of l2, l2-squared, got \"l3\"",
                "probe.yaml:5: probe.positions: expected a non-empty list of distinct integers in [0, 50], got [1, 1]",
                "probe.yaml:6: probe.cont: expected one of the keys count, rate, norm, limit, window, positions, got an"
                        + " unknown key; did you mean \"count\"?");
    }

    @Test
    void rulesBetweenSettingsAreCheckedOnceEachIsValid() {
        Binding binding = new Binding();
        assertThat(bind("count: 6\nwindow: 5\n", binding)).isEmpty();
        assertThat(binding.problems()).extracting(ConfigProblem::message)
                .containsExactly("probe.yaml:2: probe.window: expected at least count (6), got 5");
        assertThatThrownBy(() -> new Probe(6, 0.5, GradientNorm.L2, OptionalInt.empty(), 5, List.of()))
                .hasMessage("probe.window: expected at least count (6), got 5");
    }

    @Test
    void theConstructorChecksEveryValueWithTheBindersWords() {
        assertThatThrownBy(() -> new Probe(0, 2, null, OptionalInt.of(0), 1, List.of(1, 1)))
                .hasMessage("probe.count: expected an integer in [1, 100], got 0; "
                        + "probe.rate: expected a number in (0, 1], got 2.0; "
                        + "probe.norm: expected one of l2, l2-squared (required), got nothing; "
                        + "probe.limit: expected an integer in [1, 1000], got 0; "
                        + "probe.positions: expected a non-empty list of distinct integers in [0, 50], got a list");
    }

    @Test
    void theCanonicalFormLeavesOutAbsentValuesAndNamesEnumsAsYamlDoes() {
        Probe probe = new Probe(3, 0.25, GradientNorm.L2, OptionalInt.empty(), 4, List.of(7));
        assertThat(SETTINGS.plain(probe)).isEqualTo(Map.of("count", 3, "rate", 0.25, "norm", "l2", "window", 4,
                "positions", List.of(7)));
        assertThat(List.copyOf(SETTINGS.plain(probe).keySet())).containsExactly("count", "rate", "norm", "window", "positions");
        YamlWriter out = new YamlWriter();
        out.mapping(SETTINGS.plain(probe));
        assertThat(out.text()).isEqualTo("count: 3\nrate: 0.25\nnorm: l2\nwindow: 4\npositions: [7]\n");
    }

    @Test
    void theSchemaSaysTypeRangeDefaultAndMeaning() {
        List<SchemaRow> rows = new ArrayList<>();
        SETTINGS.describe("probe", rows);
        assertThat(rows).containsExactly(
                new SchemaRow("probe.count", "integer", "[1, 100]", "8", "how many probes"),
                new SchemaRow("probe.rate", "number", "(0, 1]", "0.5", "how fast"),
                new SchemaRow("probe.norm", "choice", "l2 | l2-squared", "l2-squared", "which norm"),
                new SchemaRow("probe.limit", "integer", "[1, 1000]", "none", "where to stop"),
                new SchemaRow("probe.window", "integer", "[1, 1000]", "count", "at least count"),
                new SchemaRow("probe.positions", "list of integers", "non-empty, distinct, each in [0, 50]", "none",
                        "probe positions"));
    }

    /** A declaration that contradicts itself is refused when its record is first used. */
    record Broken(@Setting(value = "a count", range = "[1, 10]", fallback = "11") int count) {}

    @Test
    void aDefaultOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> RecordSettings.of(Broken.class)).hasMessageContaining("the default 11 is not an integer in [1, 10]");
    }
}
