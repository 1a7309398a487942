package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.config.CorpusConfig;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted-cue corpus: sentences cue, fillers, marker, answer, at drawn distances, fixed by the seed. */
class PlantedCueCorpusTest {

    private static final PlantedCues CUES = PlantedCues.of(4, true);

    @TempDir Path directory;

    @Test
    void theSeedFixesTheText() {
        String text = text(corpus(7, 10, 60));

        assertThat(text(corpus(7, 10, 60))).isEqualTo(text);
        assertThat(text(corpus(8, 10, 60))).isNotEqualTo(text);
        assertThat(text.length()).isBetween(49_800, 50_000);
        assertThat(text).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ").matches("[a-z ]+");
    }

    @Test
    void everyAnswerFollowsItsCueAndTheMarkerAtADrawnDistance() {
        List<Sentence> sentences = sentences(text(corpus(3, 10, 60)));
        Set<String> cuesSeen = new HashSet<>();
        long exact = 0;

        assertThat(sentences).hasSizeGreaterThan(500);
        for (Sentence sentence : sentences) {
            int cue = CUES.cues().indexOf(sentence.words().get(0));
            assertThat(cue).as("a sentence opens with a cue: %s", sentence).isNotNegative();
            cuesSeen.add(sentence.words().get(0));
            List<String> words = sentence.words();
            assertThat(words.get(words.size() - 1)).isEqualTo(CUES.answers().get(cue));
            assertThat(words.get(words.size() - 2)).isEqualTo(CorpusConfig.MARKER);
            for (String filler : words.subList(1, words.size() - 2)) {
                assertThat(PlantedCues.allowsFiller(filler)).as(filler).isTrue();
                assertThat(FillerWords.builtIn(20)).contains(filler);
            }
            assertThat(sentence.distance()).isBetween(10, 61);
            exact += sentence.distance() <= 60 ? 1 : 0;
        }
        assertThat(cuesSeen).containsExactlyInAnyOrderElementsOf(CUES.cues());
        assertThat(exact).as("distances the fillers fill exactly").isGreaterThan(sentences.size() * 95L / 100);
    }

    @Test
    void distancesSpreadOverTheRange() {
        List<Sentence> sentences = sentences(text(corpus(5, 10, 60)));

        assertThat(sentences.stream().mapToInt(Sentence::distance).filter(d -> d < 20).count())
                .isBetween(sentences.size() / 8L, sentences.size() / 3L);
        assertThat(sentences.stream().mapToInt(Sentence::distance).filter(d -> d >= 50).count())
                .isBetween(sentences.size() / 8L, sentences.size() / 3L);
    }

    @Test
    void withoutAMarkerTheAnswerFollowsTheFillers() {
        PlantedCues plain = PlantedCues.of(2, false);
        PlantedCueCorpus corpus = new PlantedCueCorpus(plain, 1, 30, 20, Optional.empty(), 1, 20_000);

        for (Sentence sentence : sentences(text(corpus))) {
            assertThat(sentence.words()).doesNotContain(CorpusConfig.MARKER);
            assertThat(sentence.distance()).isBetween(1, 31);
        }
    }

    @Test
    void theBuiltInFillersAreCommonWordsThatAreNeverPlanted() {
        assertThat(FillerWords.BUILT_IN).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(150)
                .allSatisfy(word -> assertThat(PlantedCues.allowsFiller(word)).as(word).isTrue());
        assertThat(PlantedCues.CUE_WORDS).hasSize(CorpusConfig.MOST_PAIRS).doesNotHaveDuplicates();
        assertThat(PlantedCues.ANSWER_WORDS).hasSize(CorpusConfig.MOST_PAIRS).doesNotHaveDuplicates()
                .allSatisfy(word -> assertThat(word).startsWith(String.valueOf(PlantedCues.ANSWER_LETTER)));
        assertThat(PlantedCues.allowsFiller("then")).isFalse();
        assertThat(PlantedCues.allowsFiller("known")).isFalse();
    }

    @Test
    void fillersCanBeTheMostFrequentWordsOfAText() throws IOException {
        Path source = Files.writeString(directory.resolve("source.txt"),
                "the the the north north north north kind kind kind of of and and a then then then then");
        PlantedCueCorpus corpus = new PlantedCueCorpus(CUES, 10, 20, 4, Optional.of(new PathCorpus(source, 0)), 1, 5_000);

        Set<String> fillers = new HashSet<>();
        for (Sentence sentence : sentences(text(corpus))) {
            fillers.addAll(sentence.words().subList(1, sentence.words().size() - 2));
        }
        assertThat(fillers).containsExactlyInAnyOrder("the", "and", "of", "a");
        assertThat(corpus.fingerprint()).contains("filler source:\npath\n");
        assertThatThrownBy(() -> text(new PlantedCueCorpus(CUES, 10, 20, 5, Optional.of(new PathCorpus(source, 0)), 1,
                5_000)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("corpus.fillers: " + source + " has only 4 words that can be fillers");
    }

    @Test
    void theFingerprintChangesWithEverySetting() {
        PlantedCueCorpus corpus = corpus(1, 10, 60);
        List<PlantedCueCorpus> others = List.of(
                new PlantedCueCorpus(PlantedCues.of(5, true), 10, 60, 20, Optional.empty(), 1, 50_000),
                new PlantedCueCorpus(PlantedCues.of(4, false), 10, 60, 20, Optional.empty(), 1, 50_000),
                corpus(1, 11, 60), corpus(1, 10, 61), corpus(2, 10, 60),
                new PlantedCueCorpus(CUES, 10, 60, 21, Optional.empty(), 1, 50_000),
                new PlantedCueCorpus(CUES, 10, 60, 20, Optional.empty(), 1, 50_001));

        assertThat(others).extracting(PlantedCueCorpus::fingerprint).doesNotHaveDuplicates()
                .doesNotContain(corpus.fingerprint());
        assertThat(corpus.describe()).isEqualTo("planted cues: 4 cue words, distances 10 to 60 characters, marker"
                + " \"then\", 20 fillers from the built-in list, seed 1, 50,000 characters");
    }

    @Test
    void refusesWhatCannotBeGenerated() {
        assertThatThrownBy(() -> new PlantedCueCorpus(CUES, 10, 60, FillerWords.BUILT_IN.size() + 1, Optional.empty(),
                1, 50_000))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("corpus.fillers: the built-in list holds " + FillerWords.BUILT_IN.size());
        assertThatThrownBy(() -> text(new PlantedCueCorpus(CUES, 1000, 1000, 20, Optional.empty(), 1, 1000)))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("corpus.limit_chars: 1,000 characters hold not one planted-cue sentence");
    }

    private static PlantedCueCorpus corpus(long seed, int shortest, int longest) {
        return new PlantedCueCorpus(CUES, shortest, longest, 20, Optional.empty(), seed, 50_000);
    }

    private static String text(PlantedCueCorpus corpus) {
        return corpus.read(ProgressReporter.silent()).toString();
    }

    /** A sentence's words, and the distance from its cue's last letter to the space before its answer. */
    private record Sentence(List<String> words, int distance) {}

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int cueEnd = -1;
        int at = 0;
        for (String word : text.split(" ")) {
            if (words.isEmpty()) {
                cueEnd = at + word.length() - 1;
            }
            words.add(word);
            if (PlantedCues.ANSWER_WORDS.contains(word)) {
                sentences.add(new Sentence(List.copyOf(words), at - 1 - cueEnd));
                words.clear();
            }
            at += word.length() + 1;
        }
        return sentences;
    }
}
