package io.github.rnnmem.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.data.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

    @Test
    void everyCharacterOfAWordAndTheSpaceBeforeItTargetThatWord() {
        Vocabulary vocabulary = new Vocabulary(List.of("the", "cat"));
        AnalysedText text = new AnalysedText(" the dog", vocabulary);

        assertThat(text.length()).isEqualTo(8);
        assertThat(text.target(0)).isEqualTo(vocabulary.id("the").orElseThrow());
        assertThat(text.target(3)).isEqualTo(vocabulary.id("the").orElseThrow());
        assertThat(text.target(4)).isEqualTo(Vocabulary.UNKNOWN);
        assertThat(text.word(7)).isEqualTo("dog");
        assertThat(text.wordStart(6)).isEqualTo(4);
        assertThat(text.knownCharacters(4)).isZero();
        assertThat(text.knownCharacters(7)).isEqualTo(3);
    }

    @Test
    void refusesTextNotInTheTasksForm() {
        Vocabulary vocabulary = new Vocabulary(List.of("the"));
        assertThatThrownBy(() -> new AnalysedText("the", vocabulary)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalysedText(" the  cat", vocabulary)).isInstanceOf(IllegalArgumentException.class);
    }
}
