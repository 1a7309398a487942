package io.github.rnnmem.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperparameterSpecTest {

    private final HyperparameterSpec spec =
            HyperparameterSpec.builder()
                    .integer("depth", 1, 8, 2, "nesting depth")
                    .real("dropout", 0, 1, 0.0, "dropout rate")
                    .choice("variant", List.of("article", "fused"), "article", "implementation")
                    .flag("peepholes", false, "peephole connections")
                    .build();

    @Test
    void resolvesDefaultsAndTypes() {
        Hyperparameters values = spec.resolve(Map.of("hidden", 600, "dropout", 1));
        assertThat(values.hidden()).isEqualTo(600);
        assertThat(values.integer("depth")).isEqualTo(2);
        assertThat(values.real("dropout")).isEqualTo(1.0);
        assertThat(values.choice("variant")).isEqualTo("article");
        assertThat(values.flag("peepholes")).isFalse();
        assertThat(values.asMap()).containsOnlyKeys("hidden", "depth", "dropout", "variant", "peepholes");
        assertThat(values.asMap().keySet()).startsWith("hidden");
    }

    @Test
    void acceptsEveryIntegerRepresentationOfAYamlLoader() {
        assertThat(spec.resolve(Map.of("hidden", 7L)).hidden()).isEqualTo(7);
        assertThat(spec.resolve(Map.of("hidden", BigInteger.valueOf(9))).hidden()).isEqualTo(9);
        assertThat(spec.check(Map.of("hidden", new BigInteger("99999999999999999999")))).hasSize(1);
    }

    @Test
    void collectsEveryProblemWithKeyRuleAndValue() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("hidden", "6oo");
        raw.put("depht", 3);
        raw.put("dropout", 1.5);
        raw.put("variant", "cudnn");
        raw.put("peepholes", "yes");
        assertThat(spec.check(raw))
                .extracting(HyperparameterProblem::message)
                .containsExactly(
                        "depht: expected one of the keys hidden, depth, dropout, variant, peepholes, got an unknown key;"
                                + " did you mean \"depth\"?",
                        "hidden: expected an integer in [1, 65536], got \"6oo\"",
                        "dropout: expected a number in [0, 1], got 1.5",
                        "variant: expected one of article, fused, got \"cudnn\"",
                        "peepholes: expected true or false, got \"yes\"");
    }

    @Test
    void reportsAMissingRequiredKey() {
        assertThatThrownBy(() -> spec.resolve(Map.of()))
                .isInstanceOf(InvalidHyperparametersException.class)
                .hasMessage("hidden: expected an integer in [1, 65536] (required), got nothing");
    }

    @Test
    void refusesReservedDuplicateAndInvalidDeclarations() {
        assertThatThrownBy(() -> HyperparameterSpec.builder().integer("layers", 1, 2, 1, "x"))
                .hasMessageContaining("reserved");
        assertThatThrownBy(() -> HyperparameterSpec.builder().integer("hidden", 1, 2, 1, "x"))
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> Hyperparameter.integer("depth", 1, 8, 9, "x"))
                .hasMessage("default of depth is 9, not an integer in [1, 8]");
        assertThatThrownBy(() -> Hyperparameter.flag("Bad-Key", true, "x")).hasMessageContaining("does not match");
        assertThatThrownBy(() -> Hyperparameter.flag("fine", true, " ")).hasMessageContaining("description");
    }

    @Test
    void domainsDescribeThemselves() {
        assertThat(new Domain.IntegerRange(1, 65536).range()).isEqualTo("[1, 65536]");
        assertThat(new Domain.RealRange(0, 0.5).expected()).isEqualTo("a number in [0, 0.5]");
        assertThat(new Domain.Choice(List.of("a", "b")).range()).isEqualTo("a | b");
        assertThat(new Domain.Choice(List.of("only")).expected()).isEqualTo("\"only\"");
        assertThat(new Domain.Flag().type()).isEqualTo("boolean");
    }

    @Test
    void typedAccessorsRefuseTheWrongType() {
        Hyperparameters values = spec.resolve(Map.of("hidden", 4));
        assertThatThrownBy(() -> values.real("depth")).hasMessageContaining("of type integer");
        assertThatThrownBy(() -> values.integer("nope")).hasMessageContaining("no hyperparameter \"nope\"");
    }
}
