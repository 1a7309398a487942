package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics table and the sample rendering, on a corpus small enough to work out by hand. */
class DatasetReportTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private AutocompleteDataset dataset;

    @BeforeEach
    void build() throws IOException {
        // Vocabulary of 3: "the" (3 times), then the words seen once, alphabetically: "cat", "end".
        // Sequences of at most 12: " the cat sat" (12), " on the mat" (11), " the end" (8); the seeded
        // split sends the second and third to training, the first to test.
        dataset = GeneratedCorpus.dataset(
                dir, "The cat sat on the mat. The end.", new TaskSettings(new DatasetConfig(12, 3, new DataSplit(0.67, 0.0, 0.33)), 0), warning -> {});
    }

    @Test
    void countsEveryFigure() {
        DatasetStatistics statistics = dataset.statistics();

        assertThat(statistics).isEqualTo(new DatasetStatistics(30, 8, 6, 12, 3, 3, 5, 31, 11, 2, 0, 1, 12));
        assertThat(statistics.coverage()).isEqualTo(5.0 / 8);
        assertThat(statistics.unknownTargetShare()).isEqualTo(11.0 / 31);
        assertThat(statistics.outputClasses()).isEqualTo(5);
    }

    @Test
    void rendersTheStatisticsAsAnAlignedTable() {
        assertThat(dataset.statistics().toTable()).isEqualTo(String.join(NL,
                "characters             30  normalised corpus",
                "words                   8  occurrences",
                "distinct words          6",
                "vocabulary              3  of 3 requested; 5 output classes",
                "coverage           62.50%  of word occurrences are in the vocabulary",
                "<unknown> targets  35.48%  of 31 non-padding targets",
                "train sequences         2  66.67%",
                "valid sequences         0  0.00%",
                "test sequences          1  33.33%",
                "max length             12  longest sequence 12") + NL);
    }

    @Test
    void rendersSamplesWithTheTargetOfEveryCharacterRun() {
        assertThat(dataset.renderSamples(Split.TRAIN, 2)).isEqualTo(String.join(NL,
                "train sequence 1 of 2 (corpus sequence 2; 11 characters, 3 words, 2 <unknown>)",
                "  \" on the mat\"",
                "    0-2  \" on\"   <unknown>  (not in the vocabulary)",
                "    3-6  \" the\"  the",
                "   7-10  \" mat\"  <unknown>  (not in the vocabulary)",
                "",
                "train sequence 2 of 2 (corpus sequence 3; 8 characters, 2 words, 0 <unknown>)",
                "  \" the end\"",
                "  0-3  \" the\"  the",
                "  4-7  \" end\"  end") + NL);
    }

    @Test
    void rendersNoMoreSamplesThanTheSplitHas() {
        assertThat(dataset.renderSamples(Split.TRAIN, 10).lines().filter(line -> line.startsWith("train sequence")))
                .hasSize(2);
        assertThat(dataset.renderSamples(Split.VALID, 5)).isEmpty();
    }
}
