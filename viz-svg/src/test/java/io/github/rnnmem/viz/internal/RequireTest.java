package io.github.rnnmem.viz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireTest {

    @Test
    void dashPatternsAreNormalisedToSingleSpaces() {
        assertThat(Require.dash("8 8", "d")).isEqualTo("8 8");
        assertThat(Require.dash(" 2,  2 ", "d")).isEqualTo("2 2");
        assertThat(Require.dash("4 2 0.5 2", "d")).isEqualTo("4 2 0.5 2");
    }

    @Test
    void missingOrBlankDashMeansSolid() {
        assertThat(Require.dash(null, "d")).isNull();
        assertThat(Require.dash("  ", "d")).isNull();
    }

    @Test
    void badDashPatternsNameThePlaceAndTheValue() {
        for (String bad : List.of("8px 8px", "-2 2", "0 0", "a", "8  8;")) {
            assertThatThrownBy(() -> Require.dash(bad, "series \"gru\": dash pattern"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("series \"gru\": dash pattern: expected dash and gap lengths such as \"8 8\", got \""
                            + bad + "\"");
        }
    }

    @Test
    void textMustBeNonBlank() {
        assertThat(Require.text("GRU", "name")).isEqualTo("GRU");
        assertThatThrownBy(() -> Require.text(" ", "series name"))
                .hasMessage("series name: expected a non-blank text, got \" \"");
        assertThatThrownBy(() -> Require.text(null, "series name"))
                .hasMessage("series name: expected a non-blank text, got nothing");
    }

    @Test
    void listsMustBeNonEmptyAndFreeOfNulls() {
        assertThatThrownBy(() -> Require.nonEmpty(List.of(), "series of line chart \"t\""))
                .hasMessage("series of line chart \"t\": expected at least one, got none");
        assertThatThrownBy(() -> Require.nonEmpty(Arrays.asList("a", null), "keys"))
                .hasMessage("keys: expected no missing (null) entry, got one at index 1");
    }

    @Test
    void numbersMustBePositive() {
        assertThatThrownBy(() -> Require.positive(Double.NaN, "x")).hasMessage("x: expected a finite number > 0, got NaN");
        assertThatThrownBy(() -> Require.positive(0, "stroke width"))
                .hasMessage("stroke width: expected a finite number > 0, got 0.0");
    }
}
