package io.github.rnnmem.experiments.analysis.memoryspan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.PlantedCues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairs are found within a sequence; an answer whose cue fell into an earlier sequence is left out. */
class CuePairsTest {

    private static final PlantedCues CUES = PlantedCues.of(2, true);

    @Test
    void findsEachAnswersCueInItsSequence() {
        int[] first = InputAlphabet.encode(" the of then kite north a the then king east of");
        int[] second = InputAlphabet.encode(" a then kite north the then king");

        CuePairs found = CuePairs.find(List.of(first, second), CUES, word -> word.length());

        assertThat(found.leftOut()).as("kite twice: the first sequence starts after its cue, so does the second").isEqualTo(2);
        assertThat(found.pairs()).hasSize(2);
        CuePair pair = found.pairs().get(0);
        assertThat(pair.inputs()).isSameAs(first);
        assertThat(pair.cueStart()).isEqualTo(18);
        assertThat(pair.cueEnd()).isEqualTo(22);
        assertThat(pair.answerSpace()).isEqualTo(34);
        assertThat(pair.distance()).isEqualTo(12);
        assertThat(pair.answerClass()).isEqualTo(4);
        assertThat(found.pairs().get(1).inputs()).isSameAs(second);
        assertThat(found.pairs().get(1).distance()).isEqualTo(1 + " the then".length());
    }

    @Test
    void theLastFillersOfASequenceWithAPairAreItsReferences() {
        int[] paired = InputAlphabet.encode(" a of the north in to then king and or");
        int[] unpaired = InputAlphabet.encode(" a of the in");

        CuePairs found = CuePairs.find(List.of(paired, unpaired), CUES, word -> word.equals("or") ? 1 : 10);

        assertThat(found.references()).extracting(CuePairs.Reference::position)
                .as("the spaces before the last four fillers of the vocabulary (or is <unknown>, then the marker)")
                .containsExactly(5, 15, 18, 31);
        assertThat(found.references()).allSatisfy(reference -> assertThat(reference.inputs()).isSameAs(paired));
    }
}
