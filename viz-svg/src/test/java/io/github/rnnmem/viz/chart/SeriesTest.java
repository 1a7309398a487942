package io.github.rnnmem.viz.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.colour.Colour;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesTest {

    private static final Colour RED = Colour.parse("#F8766D");

    @Test
    void emptySeriesAreRejectedByName() {
        assertThatThrownBy(() -> Series.solid("gru train", RED, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series \"gru train\": points: expected at least one, got none");
    }

    @Test
    void seriesOfOnlyGapsAreRejected() {
        List<Point> gaps = List.of(new Point(Double.NaN, 1), new Point(2, Double.NaN));

        assertThatThrownBy(() -> Series.solid("lstm", RED, gaps))
                .hasMessage("series \"lstm\": expected at least one point with numbers for x and y, got only gaps (NaN)");
    }

    @Test
    void otherFieldsAreCheckedWithTheSeriesName() {
        List<Point> one = List.of(new Point(0, 1));
        assertThatThrownBy(() -> new Series(" ", RED, null, 2, one, false))
                .hasMessage("series name: expected a non-blank text, got \" \"");
        assertThatThrownBy(() -> new Series("gru", null, null, 2, one, false))
                .hasMessage("series \"gru\": colour: expected a value, got nothing");
        assertThatThrownBy(() -> new Series("gru", RED, "8 x", 2, one, false))
                .hasMessage("series \"gru\": dash pattern: expected dash and gap lengths such as \"8 8\", got \"8 x\"");
        assertThatThrownBy(() -> new Series("gru", RED, null, 0, one, false))
                .hasMessage("series \"gru\": stroke width: expected a finite number > 0, got 0.0");
    }

    @Test
    void dashPatternsAreNormalisedAndBlankMeansSolid() {
        List<Point> one = List.of(new Point(0, 1));
        assertThat(new Series("a", RED, "8,8", 2, one, false).dash()).isEqualTo("8 8");
        assertThat(new Series("a", RED, "", 2, one, false).dash()).isNull();
    }

    @Test
    void pointsAllowNaNGapsButNotInfinity() {
        assertThat(new Point(Double.NaN, 1).isDefined()).isFalse();
        assertThat(new Point(1, 2).isDefined()).isTrue();
        assertThatThrownBy(() -> new Point(1, Double.POSITIVE_INFINITY))
                .hasMessage("point: expected finite or NaN coordinates, got (1.0, Infinity)");
    }

    @Test
    void pointListsPairArrays() {
        assertThat(Point.list(new double[] {0, 1}, new double[] {5, 6}))
                .containsExactly(new Point(0, 5), new Point(1, 6));
        assertThatThrownBy(() -> Point.list(new double[] {0, 1}, new double[] {5}))
                .hasMessage("points: expected as many x as y values, got 2 x and 1 y");
    }
}
