package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packing, target and split rules of the article, checked on a generated corpus. */
class TaskRulesTest {

    private static final int MAX_LENGTH = 40;
    private static final TaskSettings SETTINGS = new TaskSettings(new DatasetConfig(MAX_LENGTH, 60, new DataSplit(0.8, 0.1, 0.1)), 11);

    @TempDir
    static Path dir;

    private static String text;
    private static AutocompleteDataset dataset;
    /** Every sequence, from all splits, in corpus order: {split, index in split}. */
    private static List<int[]> corpusOrder;

    @BeforeAll
    static void build() throws IOException {
        text = GeneratedCorpus.text(5, 20_000, 400, 12);
        dataset = GeneratedCorpus.dataset(dir.resolve("a"), text, SETTINGS, warning -> {});
        corpusOrder = corpusOrder(dataset);
    }

    @Test
    void everySequenceStartsWithASpaceAndFitsTheMaximumLength() {
        for (Split split : Split.values()) {
            SequenceSet set = dataset.split(split);
            for (int i = 0; i < set.size(); i++) {
                assertThat(set.inputs(i)[0]).isEqualTo(InputAlphabet.SPACE);
                assertThat(set.length(i)).isBetween(2, MAX_LENGTH);
            }
        }
    }

    @Test
    void sequencesInCorpusOrderSpellTheCorpusWithWholeWordsOnly() {
        StringBuilder joined = new StringBuilder();
        for (int[] at : corpusOrder) {
            String sequence = dataset.split(Split.values()[at[0]]).text(at[1]);
            assertThat(sequence).matches("( [a-z]+)+");
            joined.append(sequence);
        }

        assertThat(joined.toString()).isEqualTo(" " + text);
    }

    @Test
    void closesEachSequenceOnlyWhenTheNextWordWouldNotFit() {
        for (int s = 0; s + 1 < corpusOrder.size(); s++) {
            String current = textAt(s);
            String next = textAt(s + 1);
            int nextWord = next.indexOf(' ', 1) < 0 ? next.length() - 1 : next.indexOf(' ', 1) - 1;

            assertThat(current.length() + 1 + nextWord).isGreaterThan(MAX_LENGTH);
        }
    }

    @Test
    void everyCharacterAndTheSpaceBeforeAWordTargetThatWord() {
        Vocabulary vocabulary = dataset.vocabulary();
        for (Split split : Split.values()) {
            SequenceSet set = dataset.split(split);
            for (int i = 0; i < set.size(); i++) {
                String sequence = set.text(i);
                int[] targets = set.targets(i);
                int wordStart = 0;
                for (int c = 0; c < sequence.length(); c++) {
                    if (sequence.charAt(c) == ' ') {
                        wordStart = c + 1;
                    }
                    int end = sequence.indexOf(' ', wordStart);
                    String word = sequence.substring(wordStart, end < 0 ? sequence.length() : end);
                    int expected = vocabulary.id(word).orElse(Vocabulary.UNKNOWN);
                    assertThat(targets[c]).as("target of character %d of %s", c, sequence).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void keepsTheMostFrequentWordsTiesBrokenAlphabetically() {
        Map<String, Long> counts = Arrays.stream(text.split(" "))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        List<String> expected = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(60)
                .map(Map.Entry::getKey)
                .toList();

        Vocabulary vocabulary = dataset.vocabulary();
        assertThat(vocabulary.outputClasses()).isEqualTo(62);
        for (int rank = 0; rank < expected.size(); rank++) {
            assertThat(vocabulary.word(rank + 2)).isEqualTo(expected.get(rank));
        }
        assertThat(dataset.statistics().distinctWords()).isEqualTo(counts.size());
    }

    @Test
    void splitsFloorFloorRest() {
        int n = corpusOrder.size();

        assertThat(dataset.split(Split.TRAIN).size()).isEqualTo((int) Math.floor(n * 0.8));
        assertThat(dataset.split(Split.VALID).size()).isEqualTo((int) Math.floor(n * 0.1));
        assertThat(dataset.split(Split.TEST).size()).isEqualTo(n - (int) Math.floor(n * 0.8) - (int) Math.floor(n * 0.1));
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() throws IOException {
        AutocompleteDataset again = GeneratedCorpus.dataset(dir.resolve("b"), text, SETTINGS, warning -> {});
        TaskSettings otherSeed = new TaskSettings(new DatasetConfig(MAX_LENGTH, 60, new DataSplit(0.8, 0.1, 0.1)), 12);
        AutocompleteDataset other = GeneratedCorpus.dataset(dir.resolve("c"), text, otherSeed, warning -> {});

        for (Split split : Split.values()) {
            assertThat(positions(again.split(split))).isEqualTo(positions(dataset.split(split)));
        }
        assertThat(positions(other.split(Split.VALID))).isNotEqualTo(positions(dataset.split(Split.VALID)));
        assertThat(other.split(Split.VALID).size()).isEqualTo(dataset.split(Split.VALID).size());
    }

    @Test
    void refusesAWordLongerThanTheMaximumLengthAllowsAndWritesNothing() throws IOException {
        String longWord = "pneumonoultramicroscopicsilicovolcanoconiosis";
        Path corpusDir = dir.resolve("long");
        TaskSettings settings = new TaskSettings(new DatasetConfig(20, 10, new DataSplit(0.8, 0.1, 0.1)), 1);

        assertThatThrownBy(() -> GeneratedCorpus.dataset(corpusDir, "a lung disease " + longWord + " is long", settings, w -> {}))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(corpusDir.resolve("corpus.txt").toString())
                .hasMessageContaining("\"pneumonoultramicroscopicsilicovolcanocon...\" has 45 letters")
                .hasMessageContaining("dataset.max_length 20")
                .hasMessageContaining("raise dataset.max_length to at least 46");
        assertThat(corpusDir.resolve("cache")).doesNotExist();
    }

    private static List<int[]> corpusOrder(AutocompleteDataset dataset) {
        List<int[]> order = new ArrayList<>();
        for (Split split : Split.values()) {
            SequenceSet set = dataset.split(split);
            for (int i = 0; i < set.size(); i++) {
                order.add(new int[] {split.ordinal(), i, set.position(i)});
            }
        }
        order.sort(Comparator.comparingInt(at -> at[2]));
        for (int p = 0; p < order.size(); p++) {
            assertThat(order.get(p)[2]).isEqualTo(p);
        }
        return order;
    }

    private static String textAt(int position) {
        int[] at = corpusOrder.get(position);
        return dataset.split(Split.values()[at[0]]).text(at[1]);
    }

    private static int[] positions(SequenceSet set) {
        int[] positions = new int[set.size()];
        Arrays.setAll(positions, set::position);
        return positions;
    }

}
