package io.github.rnnmem.viz.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.viz.analysis.SampleAnalyses;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineTest {

    private static List<String> characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    private static List<String> shown(String text, int perLine) {
        return TextLine.breakText(characters(text), perLine).stream()
                .map(line -> text.substring(line.start(), line.end()))
                .toList();
    }

    @Test
    void wordsKeepTheSpaceBeforeThemAndNoCharacterIsLost() {
        assertThat(shown(" the cat sat on", 8)).containsExactly(" the cat", " sat on");
        assertThat(TextLine.breakText(characters(" the cat sat on"), 8))
                .containsExactly(new TextLine(0, 8), new TextLine(8, 15));
    }

    @Test
    void theArticlesTextBreaksBeforeWordsThatDoNotFit() {
        List<String> lines = shown(SampleAnalyses.TEXT, 55);

        assertThat(lines).containsExactly(
                " context the formal study of grammar is an important",
                " part of education from a young age through advanced",
                " learning though the rules taught in schools are not a",
                " grammar in the sense most linguists use");
        assertThat(String.join("", lines)).isEqualTo(SampleAnalyses.TEXT);
        assertThat(lines).allMatch(line -> line.length() <= 55);
    }

    @Test
    void aWordLongerThanALineIsCut() {
        assertThat(shown("ab abcdefghij k", 4)).containsExactly("ab", " abc", "defg", "hij", " k");
    }

    @Test
    void aLineHoldsAtLeastOneCharacter() {
        assertThatThrownBy(() -> TextLine.breakText(characters("a"), 0))
                .hasMessage("text lines: expected at least 1 character per line, got 0");
    }
}
