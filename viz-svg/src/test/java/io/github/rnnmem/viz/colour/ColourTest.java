package io.github.rnnmem.viz.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColourTest {

    @Test
    void parsesAndWritesHexInUpperCase() {
        Colour colour = Colour.parse("#f8766d");

        assertThat(colour).isEqualTo(new Colour(0xF8, 0x76, 0x6D));
        assertThat(colour.hex()).isEqualTo("#F8766D");
        assertThat(colour).hasToString("#F8766D");
    }

    @Test
    void rejectsMalformedHexAndChannelsOutOfRange() {
        for (String bad : new String[] {"F8766D", "#F8766", "#GG766D", "#F8766D0", ""}) {
            assertThatThrownBy(() -> Colour.parse(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("colour: expected #RRGGBB such as #F8766D, got \"" + bad + "\"");
        }
        assertThatThrownBy(() -> new Colour(0, 256, 0)).hasMessage("colour green channel: expected 0 to 255, got 256");
    }

    @Test
    void unitRgbIsRoundedAndClipped() {
        assertThat(Colour.ofUnitRgb(0.5, -0.2, 1.7)).isEqualTo(new Colour(128, 0, 255));
    }

    @Test
    void hclOfGreyIsTheSameGreyInEveryHue() {
        assertThat(Colour.fromHcl(0, 0, 100)).isEqualTo(Colour.WHITE);
        assertThat(Colour.fromHcl(0, 0, 50)).isEqualTo(Colour.fromHcl(200, 0, 50));
        assertThat(Colour.fromHcl(0, 0, 50).hex()).isEqualTo("#777777");
    }

    @Test
    void luminanceFollowsWcag() {
        assertThat(Colour.BLACK.luminance()).isZero();
        assertThat(Colour.WHITE.luminance()).isCloseTo(1, within(1e-12));
        assertThat(Colour.parse("#FF0000").luminance()).isCloseTo(0.2126, within(1e-12));
    }

    @Test
    void readableTextIsWhiteOnDarkAndBlackOnLight() {
        assertThat(Colour.parse("#2C5F8A").readableText()).isEqualTo(Colour.WHITE);
        assertThat(Colour.parse("#707070").readableText()).isEqualTo(Colour.WHITE);
        assertThat(Colour.parse("#7A7A7A").readableText()).isEqualTo(Colour.BLACK);
        assertThat(Colour.parse("#F28E2B").readableText()).isEqualTo(Colour.BLACK);
        assertThat(Colour.parse("#440154").readableText()).isEqualTo(Colour.WHITE);
        assertThat(Colour.parse("#FDE725").readableText()).isEqualTo(Colour.BLACK);
    }
}
