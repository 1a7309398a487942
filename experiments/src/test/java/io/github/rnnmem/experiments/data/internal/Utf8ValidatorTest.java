package io.github.rnnmem.experiments.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8ValidatorTest {

    @Test
    void acceptsWellFormedTextOfEveryLength() {
        byte[] text = "a é € 𝄞 ü".getBytes(StandardCharsets.UTF_8);
        Utf8Validator validator = new Utf8Validator();

        assertThat(validator.check(text, 0, text.length)).isEqualTo(Utf8Validator.VALID);
        assertThat(validator.finish()).isEqualTo(Utf8Validator.VALID);
    }

    @Test
    void acceptsASequenceSplitAcrossBlocks() {
        byte[] text = "ab€cd".getBytes(StandardCharsets.UTF_8);
        Utf8Validator validator = new Utf8Validator();

        assertThat(validator.check(text, 0, 3)).isEqualTo(Utf8Validator.VALID);
        assertThat(validator.check(text, 3, text.length)).isEqualTo(Utf8Validator.VALID);
        assertThat(validator.finish()).isEqualTo(Utf8Validator.VALID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "latin-1 e acute, 61 62 E9 20 63, 2",
        "stray continuation byte, 61 80, 1",
        "overlong slash, 61 C0 AF, 1",
        "overlong three bytes, 61 E0 80 AF, 1",
        "surrogate, 61 62 ED A0 80, 2",
        "above U+10FFFF, F4 90 80 80, 0",
        "lead byte F5, 20 F5 80 80 80, 1",
        "missing continuation, 61 E2 82 61, 1"
    })
    void reportsTheOffsetOfTheMalformedSequence(String name, String hex, long offset) {
        byte[] bytes = bytes(hex);
        Utf8Validator validator = new Utf8Validator();

        assertThat(validator.check(bytes, 0, bytes.length)).isEqualTo(offset);
    }

    @Test
    void reportsASequenceCutOffByTheEndAcrossBlocks() {
        byte[] first = bytes("61 62 63");
        byte[] second = bytes("64 F0 9D 84");
        Utf8Validator validator = new Utf8Validator();

        assertThat(validator.check(first, 0, first.length)).isEqualTo(Utf8Validator.VALID);
        assertThat(validator.check(second, 0, second.length)).isEqualTo(Utf8Validator.VALID);
        assertThat(validator.finish()).isEqualTo(4);
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.trim().split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }
}
