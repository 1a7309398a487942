package io.github.rnnmem.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.experiments.testing.SyntheticCorpus;
import io.github.rnnmem.experiments.testing.TinyExperiment;
import io.github.rnnmem.experiments.training.TrainingLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus file's content replaced between two runs of the same experiment: results never mix
 * the two corpora. Units trained on the old one are retrained, and the run says why; a checkpoint
 * of the old corpus is never resumed; the dataset summary, the baseline, the analyses and the
 * report describe the new corpus, equal to those of a run that only ever saw it.
 */
class ChangedCorpusTest {

    private static final List<String> RESULTS = List.of("dataset.json", "known_chars_baseline.json", "gru/test.json",
            "gru/suggestions.json", "gru/connectivity.json", "gru/known_chars.json",
            "gru/memory_profile.json");

    @TempDir Path directory;
    private TinyExperiment experiment;

    @BeforeEach
    void runOnTheFirstCorpus() {
        experiment = TinyExperiment.write(directory, "{unit: gru, hidden: 16}", "{unit: lstm, hidden: 8}");
        CommandResult first = run();
        assertThat(first.status()).as(first.err()).isZero();
    }

    private CommandResult run(String... more) {
        return InProcess.run(Stream.concat(Stream.of("run", experiment.file().toString()), Stream.of(more))
                .toArray(String[]::new));
    }

    /** Writes another corpus into the same file: other sentences, and more of them. */
    private void replaceTheCorpus() {
        SyntheticCorpus.write(experiment.corpus(), 650, 2);
    }

    /** A run of the same experiment that only ever saw the current corpus, in {@code fresh/}. */
    private Path freshRun() {
        Path fresh = directory.resolve("fresh").toAbsolutePath();
        CommandResult result = run("--set", "output=" + fresh);
        assertThat(result.status()).as(result.err()).isZero();
        return fresh;
    }

    /** The files are equal byte for byte, and the training logs but for their times. */
    private void assertSameResults(Path run, Path fresh, List<String> files) throws IOException {
        for (String file : files) {
            assertThat(run.resolve(file)).as(file).hasSameBinaryContentAs(fresh.resolve(file));
        }
        for (String unit : List.of("gru", "lstm")) {
            assertThat(losses(run.resolve(unit))).as(unit).isEqualTo(losses(fresh.resolve(unit)));
        }
    }

    private static List<List<Double>> losses(Path unit) {
        return new TrainingLog(unit.resolve("training.csv")).rows().stream()
                .map(row -> List.of((double) row.step(), row.trainLoss(), row.validLoss())).toList();
    }

    @Test
    void finishedUnitsAreRetrainedSayingWhatChanged() throws IOException {
        replaceTheCorpus();

        CommandResult again = run();

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out())
                .containsPattern("gru: training from the start: what decides its weights changed \\(dataset: corpus file"
                        + " corpus.txt changed: [0-9,]+ bytes -> [0-9,]+ bytes\\)")
                .containsPattern("lstm: training from the start: what decides its weights changed \\(dataset:");
        assertSameResults(experiment.output(), freshRun(), RESULTS);
    }

    @Test
    void anInterruptedUnitDoesNotResumeFromACheckpointOfTheOldCorpus() throws IOException {
        Path gru = experiment.unit("gru");
        Files.delete(gru.resolve("test.json"));
        Files.delete(gru.resolve("checkpoint/latest.ckpt"));
        new TrainingLog(gru.resolve("training.csv")).truncateAfter(9);
        replaceTheCorpus();

        CommandResult again = run();

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("gru: training from the start: what decides its weights changed")
                .doesNotContain("resumed");
        assertThat(new TrainingLog(gru.resolve("training.csv")).rows()).extracting(TrainingLog.Row::step)
                .isEqualTo(LongStream.rangeClosed(1, TinyExperiment.STEPS).boxed().toList());
        assertSameResults(experiment.output(), freshRun(), RESULTS);
    }

    @Test
    void aRunStoppedBeforeRetrainingEveryUnitIsNeverReportedAsOne() throws IOException {
        Path old = directory.resolve("old-lstm");
        copy(experiment.unit("lstm"), old);
        replaceTheCorpus();
        assertThat(run().status()).isZero();
        deleteTree(experiment.unit("lstm"));
        copy(old, experiment.unit("lstm"));

        CommandResult report = InProcess.run("report", experiment.output().toString());

        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out()).containsPattern("(?m)^gru +1 +12 ")
                .containsPattern("(?m)^lstm +1 +0 +out of date: trained on an earlier dataset \\(run again to retrain\\)");
        assertThat(experiment.output().resolve("report.html")).content()
                .contains("out of date: trained on an earlier dataset");

        CommandResult again = run();

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("gru: trained 12 steps before, reused")
                .contains("lstm: training from the start: what decides its weights changed (dataset: corpus file");
        Path fresh = freshRun();
        assertSameResults(experiment.output(), fresh, RESULTS);
        assertSameResults(experiment.output(), fresh, List.of("lstm/test.json", "lstm/connectivity.json"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path entry : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }
}
