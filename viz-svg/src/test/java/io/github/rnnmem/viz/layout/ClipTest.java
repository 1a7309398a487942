package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClipTest {

    private static final Rect BOX = new Rect(0, 0, 100, 50);

    @Test
    void aPolylineInsideIsKeptAsItIs() {
        List<Pixel> line = List.of(new Pixel(0, 0), new Pixel(50, 25), new Pixel(100, 50));

        assertThat(Clip.polyline(line, BOX)).containsExactly(line);
    }

    @Test
    void segmentsLeavingTheBoxStopAtItsEdge() {
        List<Pixel> line = List.of(new Pixel(50, 25), new Pixel(150, 25), new Pixel(150, 75));

        assertThat(Clip.polyline(line, BOX)).containsExactly(List.of(new Pixel(50, 25), new Pixel(100, 25)));
    }

    @Test
    void aLineThatLeavesAndComesBackBecomesTwoPieces() {
        List<Pixel> line = List.of(new Pixel(10, 40), new Pixel(30, -40), new Pixel(50, 40));

        assertThat(Clip.polyline(line, BOX)).containsExactly(
                List.of(new Pixel(10, 40), new Pixel(20, 0)), List.of(new Pixel(40, 0), new Pixel(50, 40)));
    }

    @Test
    void aSegmentCrossingTheWholeBoxIsCutAtBothEnds() {
        List<Pixel> line = List.of(new Pixel(-50, 0), new Pixel(150, 50));

        assertThat(Clip.polyline(line, BOX))
                .containsExactly(List.of(new Pixel(0, 12.5), new Pixel(100, 37.5)));
    }

    @Test
    void roundingErrorAtAnEdgeDoesNotBreakALine() {
        List<Pixel> line = List.of(new Pixel(0, 40), new Pixel(50, 50 + 1e-10), new Pixel(100, 40));

        assertThat(Clip.polyline(line, BOX)).hasSize(1).first().asList().hasSize(3);
        assertThat(Clip.inside(new Pixel(50, 50 + 1e-10), BOX)).isTrue();
        assertThat(Clip.inside(new Pixel(50, 50.01), BOX)).isFalse();
    }

    @Test
    void linesOutsideOrSinglePointsGiveNothing() {
        assertThat(Clip.polyline(List.of(new Pixel(-5, -5), new Pixel(-1, 60)), BOX)).isEmpty();
        assertThat(Clip.polyline(List.of(new Pixel(5, 5)), BOX)).isEmpty();
    }
}
