package io.github.rnnmem.experiments.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Text8NormaliserTest {

    @Test
    void lowercasesLettersAndTurnsPunctuationIntoSingleSpaces() {
        assertThat(Text8Normaliser.normalise("Hello, World!  It's   (really) here."))
                .isEqualTo("hello world it s really here");
    }

    @Test
    void spellsOutEachDigitAsAWord() {
        assertThat(Text8Normaliser.normalise("In 1984, 2nd place.")).isEqualTo("in one nine eight four two nd place");
        assertThat(Text8Normaliser.normalise("0")).isEqualTo("zero");
    }

    @Test
    void turnsAccentedAndOtherNonAsciiLettersIntoSeparators() {
        assertThat(Text8Normaliser.normalise("Café Müller—naïve Øresund 東京 x")).isEqualTo("caf m ller na ve resund x");
    }

    @Test
    void dropsWikiExtractorDocLinesAndJoinsDocuments() {
        String raw = "<doc id=\"12\" url=\"https://en.wikipedia.org/wiki?curid=12\" title=\"Anarchism\">\n"
                + "Anarchism\n\nAnarchism is a political philosophy.\n</doc>\n"
                + "<doc id=\"25\" url=\"https://en.wikipedia.org/wiki?curid=25\" title=\"Autism\">\r\n"
                + "Autism\n</doc>\r\n";

        assertThat(Text8Normaliser.normalise(raw)).isEqualTo("anarchism anarchism is a political philosophy autism");
    }

    @Test
    void keepsLinesThatOnlyLookLikeTags() {
        assertThat(Text8Normaliser.normalise("<document> of <doc\n<b>bold</b> </doc> end"))
                .isEqualTo("document of doc b bold b doc end");
    }

    @Test
    void passesTextInText8FormThroughByteIdentical() {
        String text8 = "anarchism originated as a term of abuse first used against early working class radicals";

        assertThat(Text8Normaliser.normalise(text8)).isEqualTo(text8);
    }

    @Test
    void dropsLeadingAndTrailingSpaceAsText8ItselfHasALeadingSpace() {
        assertThat(Text8Normaliser.normalise("  anarchism originated \n")).isEqualTo("anarchism originated");
        assertThat(Text8Normaliser.normalise(" \n\t ")).isEmpty();
    }

    @Test
    void separatesDocumentsByOneSpace() {
        Text8Normaliser normaliser = new Text8Normaliser(1000);
        feed(normaliser, "first file");
        normaliser.endDocument();
        feed(normaliser, "second");
        normaliser.endDocument();

        assertThat(text(normaliser, 0)).isEqualTo("first file second");
    }

    @Test
    void cutsALimitBackToTheLastWholeWord() {
        Text8Normaliser normaliser = new Text8Normaliser(15);
        feed(normaliser, "alpha beta gamma delta");

        assertThat(normaliser.full()).isTrue();
        assertThat(text(normaliser, 14)).isEqualTo("alpha beta");
        assertThat(text(normaliser, 10)).isEqualTo("alpha beta");
        assertThat(text(normaliser, 11)).isEqualTo("alpha beta");
        assertThat(text(normaliser, 4)).isEmpty();
    }

    @Test
    void keepsAWholeTextShorterThanTheLimit() {
        Text8Normaliser normaliser = new Text8Normaliser(101);
        feed(normaliser, "Short text.");

        assertThat(normaliser.full()).isFalse();
        assertThat(text(normaliser, 100)).isEqualTo("short text");
    }

    private static void feed(Text8Normaliser normaliser, String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        normaliser.feed(bytes, 0, bytes.length);
    }

    private static String text(Text8Normaliser normaliser, long limit) {
        return new String(normaliser.output().array(), 0, normaliser.length(limit), StandardCharsets.US_ASCII);
    }
}
