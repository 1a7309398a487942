package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.SyntheticCorpus;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input a run cannot use is refused before any training, with status 2 and one message naming it. */
class RunRefusalsTest {

    @TempDir Path directory;

    private static void assertRefused(CommandResult result, String message) {
        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("rnnmem: " + message + "\n");
    }

    @Test
    void aCorpusTooSmallForOneTrainingBatchIsRefusedSayingHowMuchTextIsNeeded() {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}");
        SyntheticCorpus.write(experiment.corpus(), 8, 1);

        CommandResult result = InProcess.run("run", experiment.file().toString());

        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err()).startsWith("rnnmem: " + experiment.corpus() + ": too little text for this experiment:")
                .containsPattern("its [0-9,]+ characters make \\d+ sequences \\([0-7] training, \\d+ validation, \\d+ test\\),"
                        + " and a run needs at least 8 training sequences \\(one batch, training.batch_size\\)")
                .doesNotContain("\tat ");
        assertThat(experiment.unit("gru")).doesNotExist();
    }

    @Test
    void aCorpusWithoutATrainingSequenceIsRefusedBeforeTraining() {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}");
        SyntheticCorpus.write(experiment.corpus(), 1, 1);

        CommandResult result = InProcess.run("run", experiment.file().toString(), "--set", "training.batch_size=1");

        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(2);
        assertThat(result.err().lines().filter(line -> line.startsWith("rnnmem: "))).singleElement().asString()
                .matches("rnnmem: " + experiment.corpus().toString().replace(".", "\\.")
                + ": too little text for this experiment: its \\d+ characters make 1 sequences \\(0 training, 0"
                + " validation, 1 test\\), and a run needs at least 1 training sequences \\(one batch,"
                + " training.batch_size\\), one validation sequence and one test sequence; about [0-9,]+ characters of"
                + " text are needed with dataset.max_length 40 and dataset.split \\[0.8, 0.1, 0.1\\]");
        assertThat(experiment.unit("gru")).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsNamed() throws IOException {
        TinyExperiment experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}");
        Path file = Files.writeString(directory.resolve("a-file"), "not a directory");

        assertRefused(InProcess.run("run", experiment.file().toString(), "--set", "output=" + file),
                file + ": a file is in the way of a directory; move the file or choose another output");
        assertRefused(InProcess.run("run", experiment.file().toString(), "--set", "output=" + file.resolve("run")),
                file.resolve("run") + ": a file is in the way of a directory; move the file or choose another output");
        assertThat(file).hasContent("not a directory");
    }
}
