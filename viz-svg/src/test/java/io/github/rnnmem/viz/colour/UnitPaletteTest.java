package io.github.rnnmem.viz.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitPaletteTest {

    @Test
    void threeUnitsGetTheArticleColours() {
        assertThat(UnitPalette.colours(3).stream().map(Colour::hex))
                .containsExactly("#F8766D", "#00BA38", "#619CFF");
    }

    @Test
    void matchesGgplotDefaultHuesForOtherCounts() {
        assertThat(hex(1)).containsExactly("#F8766D");
        assertThat(hex(2)).containsExactly("#F8766D", "#00BFC4");
        assertThat(hex(4)).containsExactly("#F8766D", "#7CAE00", "#00BFC4", "#C77CFF");
        assertThat(hex(5)).containsExactly("#F8766D", "#A3A500", "#00BF7D", "#00B0F6", "#E76BF3");
    }

    @Test
    void coloursAreDistinctForManyUnits() {
        assertThat(UnitPalette.colours(12)).doesNotHaveDuplicates().hasSize(12);
    }

    @Test
    void rejectsAnEmptyPalette() {
        assertThatThrownBy(() -> UnitPalette.colours(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit palette size: expected at least 1, got 0");
    }

    private static List<String> hex(int count) {
        return UnitPalette.colours(count).stream().map(Colour::hex).toList();
    }
}
