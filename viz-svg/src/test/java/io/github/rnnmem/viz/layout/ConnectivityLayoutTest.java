package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.SampleAnalyses;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.Colour;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityLayoutTest {

    private static final UnitTag GRU = new UnitTag("gru", "gru", Colour.parse("#F8766D"));

    /** " ab cd": row t is 10^-(t - tau) up to t, with a second model's row 0 at position 0. */
    private static ConnectivityPanel tiny(UnitTag tag, boolean zeroFirstRow) {
        String text = " ab cd";
        List<ConnectivityStep> steps = new ArrayList<>();
        for (int t = 0; t < text.length(); t++) {
            double[] row = new double[text.length()];
            for (int tau = 0; tau <= t; tau++) {
                row[tau] = zeroFirstRow && t == 0 ? 0 : 4 * Math.pow(10, -(t - tau));
            }
            String target = t < 3 ? "ab" : "cd";
            steps.add(new ConnectivityStep(text.substring(t, t + 1), target,
                    List.of(new Suggestion("cd", 0.575), new Suggestion("ab", 0.0761)), row));
        }
        return new ConnectivityPanel(tag, steps);
    }

    @Test
    void charactersStandInBoxesNineByTwentyPixelsOnLinesTwentyTwoApart() {
        ConnectivityLayout layout = ConnectivityLayout.of(SampleAnalyses.connectivity(), 106, ConnectivityScale.LINEAR, 720);
        ConnectivityPanelLayout first = layout.panels().get(0);

        // Suggestion column: "target: nested-lstm"-wide texts are narrower than 130 pixels, so
        // the text gets 720 - 32 - 130 - 24 = 534 pixels: 59 characters of 9 pixels a line.
        assertThat(first.cells()).hasSize(198);
        assertThat(first.cells().get(0).box()).isEqualTo(new Rect(16, 74, 9, 20));
        assertThat(first.cells().get(1).box()).isEqualTo(new Rect(25, 74, 9, 20));
        int secondLine = TextLine.breakText(SampleAnalyses.TEXT.chars().mapToObj(Character::toString).toList(), 59)
                .get(1).start();
        assertThat(first.cells().get(secondLine).box()).isEqualTo(new Rect(16, 96, 9, 20));
        assertThat(first.cells().get(0).character().text()).isEmpty();
        assertThat(first.cells().get(1).character().text()).isEqualTo("c");
        assertThat(first.cells().get(1).character().x()).isEqualTo(25 + 4.5);
        assertThat(first.outline()).isEqualTo(first.cells().get(106).box());
        // Every panel breaks the text at the same places.
        for (ConnectivityPanelLayout panel : layout.panels()) {
            assertThat(panel.cells().stream().map(cell -> cell.box().x()).toList())
                    .isEqualTo(first.cells().stream().map(cell -> cell.box().x()).toList());
        }
    }

    @Test
    void shadingFollowsTheSelectedRowAndLaterCharactersStayBlank() {
        ConnectivityPanel panel = tiny(GRU, false);
        ConnectivityLayout layout = ConnectivityLayout.of(List.of(panel), 3, ConnectivityScale.LOG, 400);
        List<CharCell> cells = layout.panels().get(0).cells();

        // Row 3 is 4e-3, 4e-2, 4e-1, 4: ratios 10^-3 .. 1, log levels 255 (1 - decades / 8).
        assertThat(cells).extracting(CharCell::level).containsExactly(159, 191, 223, 255, -1, -1);
        assertThat(cells.get(0).ratio()).isCloseTo(1e-3, within(1e-15));
        assertThat(cells.get(3).fill()).isEqualTo(ConnectivityShading.colour(255));
        assertThat(cells.get(4).fill()).isNull();
        assertThat(cells.get(4).tooltip()).isEqualTo("\"c\" at 4: after the selected position");
        assertThat(cells.get(1).tooltip()).isEqualTo("\"a\" at 1: 0.01 of the row maximum");
        assertThat(cells.get(0).textColour()).isEqualTo(ConnectivityShading.colour(159).readableText());

        ConnectivityLayout linear = ConnectivityLayout.of(List.of(panel), 3, ConnectivityScale.LINEAR, 400);
        assertThat(linear.panels().get(0).cells()).extracting(CharCell::level).containsExactly(0, 3, 26, 255, -1, -1);
    }

    @Test
    void anAllZeroRowIsDarkestEverywhere() {
        ConnectivityLayout layout = ConnectivityLayout.of(List.of(tiny(GRU, true)), 0, ConnectivityScale.LOG, 400);
        CharCell cell = layout.panels().get(0).cells().get(0);

        assertThat(cell.level()).isZero();
        assertThat(cell.ratio()).isZero();
        assertThat(cell.tooltip()).isEqualTo("space at 0: the whole row is 0");
    }

    @Test
    void suggestionsStandBesideTheTextWithTheTargetInBold() {
        ConnectivityLayout layout = ConnectivityLayout.of(List.of(tiny(GRU, false)), 4, ConnectivityScale.LOG, 400);
        ConnectivityPanelLayout panel = layout.panels().get(0);

        assertThat(panel.target().text()).isEqualTo("target: cd");
        assertThat(panel.suggestions()).extracting(TextItem::text).containsExactly("cd 57.5%", "ab 7.6%");
        assertThat(panel.suggestions()).extracting(TextItem::bold).containsExactly(true, false);
        assertThat(panel.suggestions().get(0).x()).isEqualTo(400 - 16 - 120);
        assertThat(panel.heading().text()).isEqualTo("gru");
        assertThat(panel.swatch().colour()).isEqualTo(GRU.colour());
    }

    @Test
    void figuresOfDifferentPositionsLineUp() {
        List<ConnectivityPanel> panels = SampleAnalyses.connectivity();
        ConnectivityLayout a = ConnectivityLayout.of(panels, 106, ConnectivityScale.LINEAR, 720);
        ConnectivityLayout b = ConnectivityLayout.of(panels, 159, ConnectivityScale.LINEAR, 720);

        assertThat(a.height()).isEqualTo(b.height());
        for (int p = 0; p < panels.size(); p++) {
            assertThat(a.panels().get(p).cells()).extracting(CharCell::box)
                    .isEqualTo(b.panels().get(p).cells().stream().map(CharCell::box).toList());
        }
    }

    @Test
    void theTitleNamesThePositionItsCharacterAndItsWord() {
        assertThat(ConnectivityLayout.caption(SampleAnalyses.TEXT, 106))
                .isEqualTo("Connectivity at position 106: \"e\" in \"learning\"");
        assertThat(ConnectivityLayout.caption(SampleAnalyses.TEXT, 104))
                .isEqualTo("Connectivity at position 104: the space before \"learning\"");
        assertThat(ConnectivityLayout.caption(" a ", 2)).isEqualTo("Connectivity at position 2: a space");
    }

    @Test
    void theColourBarShowsTheScale() {
        ColourBarLayout log = ConnectivityLayout.of(List.of(tiny(GRU, false)), 2, ConnectivityScale.LOG, 400).colourBar();

        assertThat(log.title().text()).isEqualTo("connectivity / row maximum (log scale, 8 decades)");
        assertThat(log.labels()).extracting(TextItem::text).containsExactly("≤10⁻⁸", "10⁻⁶", "10⁻⁴", "10⁻²", "1");
        assertThat(log.ticks()).containsExactly(28.0, 92.0, 156.0, 220.0, 284.0);
        assertThat(log.steps()).hasSize(64);
        assertThat(log.steps().get(0).colour()).isEqualTo(ConnectivityShading.colour(0));
        assertThat(log.steps().get(63).colour()).isEqualTo(ConnectivityShading.colour(255));
        assertThat(ConnectivityLayout.barLabels(ConnectivityScale.LINEAR)).containsExactly("0", "0.25", "0.5", "0.75", "1");
    }

    @Test
    void badInputNamesThePlace() {
        List<ConnectivityPanel> panels = List.of(tiny(GRU, false));
        assertThatThrownBy(() -> ConnectivityLayout.of(panels, 6, ConnectivityScale.LOG, 400))
                .hasMessage("connectivity figure: selected position: expected 0 to 5 (the text has 6 characters), got 6");
        ConnectivityPanel other = SampleAnalyses.connectivity(" ab ce", List.of(GRU)).get(0);
        assertThatThrownBy(() -> ConnectivityLayout.of(List.of(panels.get(0), other), 0, ConnectivityScale.LOG, 400))
                .hasMessage("connectivity panel \"gru\": expected the text of panel \"gru\" (\" ab cd\"), got \" ab ce\"");
    }
}
