package io.github.rnnmem.viz.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitColoursTest {

    @Test
    void theArticlesUnitsKeepTheArticlesColoursInAnyOrderAndCompany() {
        assertThat(UnitColours.assign(List.of("nested-lstm", "my-unit", "gru", "lstm")))
                .extracting(Colour::hex)
                .containsExactly("#619CFF", "#B79F00", "#F8766D", "#00BA38");
        assertThat(UnitColours.article("lstm")).contains(Colour.parse("#00BA38"));
        assertThat(UnitColours.article("my-unit")).isEmpty();
    }

    @Test
    void furtherUnitsTakeTheMiddlesOfTheGapsBetweenHuesUsed() {
        assertThat(List.of(0, 1, 2, 3, 4, 8, 9)).map(UnitColours::extraHue)
                .containsExactly(75.0, 195.0, 315.0, 45.0, 105.0, 345.0, 30.0);
        // ggplot2's palette of six is the article's three and the first three extra colours.
        assertThat(UnitColours.assign(List.of("gru", "a", "lstm", "b", "nested-lstm", "c")))
                .isEqualTo(UnitPalette.colours(6));
    }

    @Test
    void aSecondModelOfAnArticleUnitGetsAColourOfItsOwn() {
        List<Colour> colours = UnitColours.assign(List.of("gru", "gru", "x", "y", "z", "w", "v"));

        assertThat(colours.get(0).hex()).isEqualTo("#F8766D");
        assertThat(colours).doesNotHaveDuplicates().doesNotContain(Colour.parse("#00BA38"), Colour.parse("#619CFF"));
    }

    @Test
    void mixingMovesEachChannelTowardsTheOtherColour() {
        Colour red = Colour.parse("#F8766D");

        assertThat(red.mix(Colour.WHITE, 0)).isEqualTo(red);
        assertThat(red.mix(Colour.WHITE, 1)).isEqualTo(Colour.WHITE);
        assertThat(red.mix(Colour.BLACK, 0.5)).isEqualTo(new Colour(124, 59, 55));
        assertThatThrownBy(() -> red.mix(Colour.WHITE, 1.5))
                .hasMessage("colour mix share: expected a number in [0, 1], got 1.5");
    }
}
