package io.github.rnnmem.experiments.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Problems of JSON files are said in the user's terms, without the JSON library's advice. */
class JsonTextTest {

    @Test
    void malformedJsonIsPlacedByLineAndColumn() {
        assertThatThrownBy(() -> JsonText.parseObject("{\n  \"a\": 1,\n  b c\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("it is not valid JSON (line 3, column 6)");
    }

    @Test
    void textCutShortAndOtherValuesAreSaidPlainly() {
        assertThatThrownBy(() -> JsonText.parseObject("{\"a\": ")).hasMessageStartingWith("it is not valid JSON")
                .hasMessageNotContaining("JsonReader").hasMessageNotContaining("setStrictness")
                .hasMessageNotContaining("gson");
        assertThatThrownBy(() -> JsonText.parseObject("[1, 2]")).hasMessage("it is not a JSON object");
    }

    @Test
    void aMissingFieldIsNotAStackOfClassNames() {
        NullPointerException missing = new NullPointerException(
                "Cannot invoke \"com.google.gson.JsonElement.getAsString()\" because the return value is null");
        assertThat(JsonText.problem(missing)).isEqualTo("it lacks a field or holds one of the wrong type");
    }
}
