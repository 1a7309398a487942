package io.github.rnnmem.viz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlTest {

    @Test
    void escapesTheFiveMarkupCharacters() {
        assertThat(Xml.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    }

    @Test
    void keepsWhitespaceAsCharacterReferencesSoAttributesDoNotLoseIt() {
        assertThat(Xml.escape("a\tb\nc\rd")).isEqualTo("a&#9;b&#10;c&#13;d");
    }

    @Test
    void replacesCharactersXmlForbids() {
        assertThat(Xml.escape("bell\u0007 lone\uD800 end\uFFFF")).isEqualTo("bell\uFFFD lone\uFFFD end\uFFFD");
    }

    @Test
    void keepsSurrogatePairsAndOtherUnicode() {
        assertThat(Xml.escape("10⁻³ – 😀 é")).isEqualTo("10⁻³ – 😀 é");
    }

    @Test
    void escapedTextParsesBackToTheOriginal() {
        String hostile = "<script>alert(\"x\")</script> & ' \" \t\n]]>";
        Document document = WellFormed.parse("<r a=\"" + Xml.escape(hostile) + "\">" + Xml.escape(hostile) + "</r>");

        assertThat(document.getDocumentElement().getTextContent()).isEqualTo(hostile);
        assertThat(document.getDocumentElement().getAttribute("a")).isEqualTo(hostile);
    }
}
