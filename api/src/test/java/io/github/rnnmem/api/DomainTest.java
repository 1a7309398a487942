package io.github.rnnmem.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rule vocabulary shared by unit hyperparameters and experiment settings. */
class DomainTest {

    @Test
    void realRangesIncludeOrExcludeEachEnd() {
        Domain.RealRange rate = new Domain.RealRange(0, 10, true, false);

        assertThat(rate.accept(0.0)).isEmpty();
        assertThat(rate.accept(1e-12)).contains(1e-12);
        assertThat(rate.accept(10)).contains(10.0);
        assertThat(rate.accept(Double.NaN)).isEmpty();
        assertThat(rate.expected()).isEqualTo("a number in (0, 10]");
        assertThat(new Domain.RealRange(0, 1, false, true).range()).isEqualTo("[0, 1)");
        assertThat(new Domain.RealRange(0.5, 0.5).accept(0.5)).contains(0.5);
        assertThatThrownBy(() -> new Domain.RealRange(1, 1, true, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsMatchTheirWholePatternAndSpeakTheirOwnWords() {
        Domain.Text name = new Domain.Text(Pattern.compile("[a-z]+"), "a lower-case word", "word", "a-z");

        assertThat(name.accept("gru")).contains("gru");
        assertThat(name.accept("gru2")).isEmpty();
        assertThat(name.accept(3)).isEmpty();
        assertThat(name.expected()).isEqualTo("a lower-case word");
        assertThat(Domain.Text.matching("a|b").expected()).isEqualTo("a text matching a|b");
    }

    @Test
    void listsCheckEveryItemTheirSizeAndDistinctness() {
        Domain.ListOf seeds = Domain.ListOf.nonEmptyDistinct(new Domain.IntegerRange(0, 9));

        assertThat(seeds.accept(List.of(1, 2L))).contains(List.of(1, 2));
        assertThat(seeds.accept(List.of())).isEmpty();
        assertThat(seeds.accept(List.of(1, 1))).isEmpty();
        assertThat(seeds.accept(List.of(1, 10))).isEmpty();
        assertThat(seeds.accept(Map.of())).isEmpty();
        assertThat(seeds.expected()).isEqualTo("a non-empty list of distinct integers in [0, 9]");
        assertThat(seeds.type()).isEqualTo("list of integers");
        assertThat(seeds.range()).isEqualTo("non-empty, distinct, each in [0, 9]");
        assertThat(new Domain.ListOf(new Domain.Flag(), 2, 2, false).accept(List.of(true, true))).isPresent();
        assertThat(new Domain.ListOf(new Domain.Flag(), 2, 2, false).accept(List.of(true))).isEmpty();
    }

    @Test
    void narrowedDomainsAddARuleToTheirBase() {
        Domain even = new Domain.Narrowed(new Domain.IntegerRange(2, 64), value -> (Integer) value % 2 == 0,
                "an even integer in [2, 64]", "integer", "even, in [2, 64]");

        assertThat(even.accept(8)).contains(8);
        assertThat(even.accept(7)).isEmpty();
        assertThat(even.accept(66)).isEmpty();
        assertThat(even.expected()).isEqualTo("an even integer in [2, 64]");
    }

    @Test
    void aUnitMayDeclareAnyDomain() {
        Hyperparameter sizes = new Hyperparameter("sizes", Domain.ListOf.nonEmptyDistinct(new Domain.IntegerRange(1, 8)),
                List.of(2, 4), "widths of the inner cells");
        HyperparameterSpec spec = HyperparameterSpec.builder().add(sizes).build();

        assertThat(spec.resolve(Map.of("hidden", 4)).asMap()).containsEntry("sizes", List.of(2, 4));
        assertThat(spec.check(Map.of("hidden", 4, "sizes", List.of(0))))
                .extracting(HyperparameterProblem::rule)
                .containsExactly("expected a non-empty list of distinct integers in [1, 8], got a list");
    }
}
