package io.github.rnnmem.viz.colour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViridisTest {

    /** Published viridis colours (matplotlib's map at 0, 0.25, ..., 1 and the article's 0.29 and 0.67 ends). */
    @ParameterizedTest
    @CsvSource({
        "0.00, #440154",
        "0.25, #3B528B",
        "0.29, #365D8D",
        "0.50, #21918C",
        "0.67, #37B878",
        "0.75, #5DC863",
        "1.00, #FDE725"
    })
    void staysWithinThreeLevelsOfThePublishedMap(double t, String published) {
        Colour expected = Colour.parse(published);
        Colour actual = Viridis.at(t);

        assertThat(Math.abs(actual.red() - expected.red())).as("red at %s", t).isLessThanOrEqualTo(3);
        assertThat(Math.abs(actual.green() - expected.green())).as("green at %s", t).isLessThanOrEqualTo(3);
        assertThat(Math.abs(actual.blue() - expected.blue())).as("blue at %s", t).isLessThanOrEqualTo(3);
    }

    @Test
    void endsAreExact() {
        assertThat(Viridis.at(0).hex()).isEqualTo("#440154");
        assertThat(Viridis.at(1).hex()).isEqualTo("#FDE725");
    }

    @Test
    void lightnessRisesStrictlyAlongTheMap() {
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double luminance = Viridis.at(i / 100.0).luminance();
            assertThat(luminance).as("luminance at %s", i / 100.0).isGreaterThan(previous);
            previous = luminance;
        }
    }

    @Test
    void rejectsPositionsOutsideTheMap() {
        assertThatThrownBy(() -> Viridis.at(1.01))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("viridis position: expected a number in [0, 1], got 1.01");
        assertThatThrownBy(() -> Viridis.at(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
