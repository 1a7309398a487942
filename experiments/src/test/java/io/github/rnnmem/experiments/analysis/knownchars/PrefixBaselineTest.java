package io.github.rnnmem.experiments.analysis.knownchars;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import io.github.rnnmem.experiments.data.AutocompleteDataset;
import io.github.rnnmem.experiments.data.Batch;
import io.github.rnnmem.experiments.data.DatasetCache;
import io.github.rnnmem.experiments.data.InputAlphabet;
import io.github.rnnmem.experiments.data.PathCorpus;
import io.github.rnnmem.experiments.data.Split;
import io.github.rnnmem.experiments.data.TaskSettings;
import io.github.rnnmem.experiments.data.Vocabulary;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefixBaselineTest {

    @TempDir Path directory;

    /**
     * Twenty times: "the" 5 times, "that" 3, "then" 2, "cat" 2, "them" and "cab" once; 95% of the
     * sequences train, so the order of the counts holds in the training split whatever the split.
     */
    private AutocompleteDataset dataset() throws IOException {
        String pattern = "the that then the that the then the that them the cat cab cat ";
        Path corpus = Files.writeString(directory.resolve("corpus.txt"), pattern.repeat(20));
        return DatasetCache.loadOrBuild(new PathCorpus(corpus, 0), new TaskSettings(new DatasetConfig(12, 100, new DataSplit(0.95, 0.0, 0.05)), 1),
                directory.resolve("data"), ProgressReporter.silent(), warning -> {});
    }

    private static String words(int[] ids, Vocabulary vocabulary) {
        return String.join(" ", Arrays.stream(ids).mapToObj(vocabulary::word).toList());
    }

    @Test
    void suggestsTheMostFrequentTrainingWordsThatBeginWithTheKnownCharacters() throws IOException {
        AutocompleteDataset dataset = dataset();
        Vocabulary vocabulary = dataset.vocabulary();
        PrefixBaseline baseline = PrefixBaseline.fit(dataset.split(Split.TRAIN), vocabulary, 2, 5);

        assertThat(words(baseline.suggest(""), vocabulary)).isEqualTo("the that");
        assertThat(words(baseline.suggest("th"), vocabulary)).isEqualTo("the that");
        assertThat(words(baseline.suggest("the"), vocabulary)).isEqualTo("the then");
        assertThat(words(baseline.suggest("ca"), vocabulary)).isEqualTo("cat cab");
        assertThat(baseline.suggest("x")).isEmpty();
    }

    @Test
    void ranksEveryPositionOfABatchByItsKnownCharacters() throws IOException {
        AutocompleteDataset dataset = dataset();
        Vocabulary vocabulary = dataset.vocabulary();
        PrefixBaseline baseline = PrefixBaseline.fit(dataset.split(Split.TRAIN), vocabulary, 2, 5);
        int[] inputs = InputAlphabet.encode(" then");
        int then = vocabulary.id("then").orElseThrow();
        int[] targets = IntStream.range(0, inputs.length).map(i -> then).toArray();
        Batch batch = new Batch(1, inputs.length, inputs, targets, new float[inputs.length], new float[inputs.length],
                new int[] {0});

        assertThat(baseline.ranks(batch)).containsExactly(KnownCharsTally.MISS, KnownCharsTally.MISS,
                KnownCharsTally.MISS, 1, 0);
    }
}
