package io.github.rnnmem.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.config.DataSplit;
import io.github.rnnmem.experiments.config.DatasetConfig;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import io.github.rnnmem.experiments.progress.ProgressTask;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCacheTest {

    private static final TaskSettings SETTINGS = new TaskSettings(new DatasetConfig(30, 40, new DataSplit(0.9, 0.05, 0.05)), 3);

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final List<String> tasks = new ArrayList<>();
    private PathCorpus corpus;
    private Path cache;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = new PathCorpus(GeneratedCorpus.write(dir, "corpus.txt", GeneratedCorpus.text(9, 5_000, 200, 10)), 0);
        cache = dir.resolve("cache");
    }

    @Test
    void theLoadedDatasetEqualsTheTaskBuiltInMemory() {
        NormalisedText text = corpus.read(ProgressReporter.silent());
        EncodedTask task = TaskBuilder.build("corpus", text.bytes(), SETTINGS, ProgressReporter.silent());

        AutocompleteDataset dataset = load();

        assertThat(dataset.statistics()).isEqualTo(task.statistics());
        assertThat(dataset.vocabulary().wordCount()).isEqualTo(task.vocabulary().size());
        for (int id = 0; id < task.vocabulary().size(); id++) {
            assertThat(dataset.vocabulary().word(id + 2)).isEqualTo(task.vocabulary().get(id));
        }
        String corpusText = text.toString();
        int fileIndex = 0;
        for (Split split : Split.values()) {
            SequenceSet set = dataset.split(split);
            for (int i = 0; i < set.size(); i++, fileIndex++) {
                int sequence = task.order()[fileIndex];
                int start = task.packing().textStarts()[sequence];
                int length = task.packing().lengths()[sequence];
                assertThat(set.position(i)).isEqualTo(sequence);
                assertThat(set.text(i)).isEqualTo(" " + corpusText.substring(start, start + length - 1));
            }
        }
    }

    @Test
    void reusesAValidFileWithoutReadingTheCorpus() throws IOException {
        AutocompleteDataset first = load();
        FileTime written = Files.getLastModifiedTime(first.file());
        tasks.clear();

        AutocompleteDataset second = load();

        assertThat(second.file()).isEqualTo(first.file());
        assertThat(Files.getLastModifiedTime(second.file())).isEqualTo(written);
        assertThat(tasks).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(second.split(Split.TEST).text(0)).isEqualTo(first.split(Split.TEST).text(0));
    }

    @Test
    void rebuildsACorruptFileWithAWarning() throws IOException {
        AutocompleteDataset built = load();
        String expected = built.split(Split.TRAIN).text(5);
        long middle = Files.size(built.file()) / 2;
        flipByte(built.file(), middle);

        AutocompleteDataset rebuilt = load();

        assertThat(warnings).singleElement().asString()
                .contains(built.file().toString())
                .contains("fails its checksum (corrupt)")
                .contains("rebuilding it");
        assertThat(tasks).contains("reading corpus", "writing dataset");
        assertThat(rebuilt.split(Split.TRAIN).text(5)).isEqualTo(expected);
    }

    @Test
    void rebuildsATruncatedFileWithAWarning() throws IOException {
        Path file = load().file();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 100);
        }

        load();
        assertThat(warnings).singleElement().asString().contains("truncated or corrupt");
        warnings.clear();
        tasks.clear();

        load();
        assertThat(warnings).isEmpty();
        assertThat(tasks).isEmpty();
    }

    @Test
    void otherSettingsOrAnotherCorpusUseAnotherFile() throws IOException {
        Path first = load().file();
        TaskSettings other = new TaskSettings(new DatasetConfig(31, 40, new DataSplit(0.9, 0.05, 0.05)), 3);
        Path second = DatasetCache.loadOrBuild(corpus, other, cache, ProgressReporter.silent(), warnings::add).file();
        Files.writeString(corpus.path(), " extra words", StandardOpenOption.APPEND);
        Path third = DatasetCache.file(corpus, SETTINGS, cache);

        assertThat(second).isNotEqualTo(first);
        assertThat(third).isNotEqualTo(first).isNotEqualTo(second);
        assertThat(new PathCorpus(corpus.path(), 1000).fingerprint()).isNotEqualTo(corpus.fingerprint());
    }

    @Test
    void rebuildsAFileWrittenForAnotherKey() throws IOException {
        Path mine = load().file();
        TaskSettings other = new TaskSettings(new DatasetConfig(31, 40, new DataSplit(0.9, 0.05, 0.05)), 3);
        Path theirs = DatasetCache.loadOrBuild(corpus, other, cache, ProgressReporter.silent(), warnings::add).file();
        Files.copy(theirs, mine, StandardCopyOption.REPLACE_EXISTING);

        AutocompleteDataset rebuilt = load();

        assertThat(warnings).singleElement().asString().contains("was made for another corpus or other settings (stale)");
        assertThat(rebuilt.statistics().maxLength()).isEqualTo(30);
    }

    @Test
    void leavesNoFileBehindWhenWritingFails() {
        ProgressReporter failing = (name, total, unit) -> {
            ProgressTask task = ProgressReporter.silent().start(name, total, unit);
            if (!name.equals("writing dataset")) {
                return task;
            }
            return new ProgressTask() {
                @Override
                public void advance(long amount) {
                    throw new IllegalStateException("disk full");
                }

                @Override
                public void status(String text) {}

                @Override
                public void close() {}
            };
        };

        assertThatThrownBy(() -> DatasetCache.loadOrBuild(corpus, SETTINGS, cache, failing, warnings::add))
                .hasMessage("disk full");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void warnsAndUsesEveryWordWhenTheCorpusHasFewerThanTheVocabulary() throws IOException {
        PathCorpus small = new PathCorpus(GeneratedCorpus.write(dir, "small.txt", "b a c a b d"), 0);

        AutocompleteDataset dataset = DatasetCache.loadOrBuild(
                small, TaskSettings.defaults(1), cache, ProgressReporter.silent(), warnings::add);

        assertThat(warnings).containsExactly(small.path() + " has only 4 distinct words, fewer than dataset.vocabulary"
                + " 16,384: all of them are used (6 output classes)");
        assertThat(dataset.vocabulary().outputClasses()).isEqualTo(6);
        assertThat(Stream.of(2, 3, 4, 5).map(dataset.vocabulary()::word)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void namesTheSettingWhenTheCorpusPathIsMissing() {
        PathCorpus missing = new PathCorpus(dir.resolve("absent"), 0);

        assertThatThrownBy(() -> DatasetCache.loadOrBuild(missing, SETTINGS, cache, ProgressReporter.silent(), warnings::add))
                .hasMessage("corpus.path: " + dir.resolve("absent") + " does not exist");
        assertThat(cache).doesNotExist();
    }

    private AutocompleteDataset load() {
        ProgressReporter recording = (name, total, unit) -> {
            tasks.add(name);
            return ProgressReporter.silent().start(name, total, unit);
        };
        return DatasetCache.loadOrBuild(corpus, SETTINGS, cache, recording, warnings::add);
    }

    private static void flipByte(Path file, long offset) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) offset] ^= 0x5A;
        Files.write(file, bytes);
    }
}
