package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small value types of the data package: input alphabet, vocabulary, cache directory. */
class DataValuesTest {

    @Test
    void encodesAndDecodesTheInputAlphabet() {
        int[] ids = InputAlphabet.encode(" az b");

        assertThat(ids).containsExactly(1, 2, 27, 1, 3);
        assertThat(InputAlphabet.decode(new int[] {1, 2, 27, 0, 0})).isEqualTo(" az");
        assertThatThrownBy(() -> InputAlphabet.encode("A")).hasMessageContaining("'A'");
        assertThatThrownBy(() -> InputAlphabet.character(28)).hasMessage("no character has input id 28");
    }

    @Test
    void numbersTheVocabularyAfterPaddingAndUnknown() {
        Vocabulary vocabulary = new Vocabulary(List.of("the", "of"));

        assertThat(vocabulary.outputClasses()).isEqualTo(4);
        assertThat(vocabulary.word(0)).isEqualTo("<pad>");
        assertThat(vocabulary.word(1)).isEqualTo("<unknown>");
        assertThat(vocabulary.word(3)).isEqualTo("of");
        assertThat(vocabulary.id("the")).isEqualTo(OptionalInt.of(2));
        assertThat(vocabulary.id("<unknown>")).isEqualTo(OptionalInt.of(1));
        assertThat(vocabulary.id("zebra")).isEmpty();
        assertThatThrownBy(() -> vocabulary.word(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheCacheDirectoryInTheEnvironmentOrTheHomeDirectory() {
        assertThat(CacheDirectory.resolve(Map.of("RNNMEM_CACHE", "/data/rnnmem"))).isEqualTo(Path.of("/data/rnnmem"));
        assertThat(CacheDirectory.resolve(Map.of("RNNMEM_CACHE", " ")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "rnnmem"));
        assertThat(CacheDirectory.resolve(Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "rnnmem"));
    }

    @Test
    void normalisesTextTheText8Way() {
        assertThat(NormalisedText.normalise("<doc id=\"1\">\nÉté 42!\n</doc>")).isEqualTo("t four two");
    }
}
