package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.io.Digests;
import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Builds a dataset once and memory-maps it on later runs.
 *
 * <p>The file's key is the corpus fingerprint, the task settings and the format version; its name
 * is {@code dataset-<first 24 hex digits of the key's SHA-256>.bin}, so other settings or another
 * corpus get another file. The file is written to a temporary file in the same directory and
 * renamed atomically, and a failed build leaves nothing behind. On loading, its format version,
 * length, CRC32C checksum and full key are checked: a corrupt, truncated or stale file is reported
 * as a warning and rebuilt, never used.
 */
public final class DatasetCache {

    private static final int NAME_HEX_DIGITS = 24;

    private DatasetCache() {}

    /**
     * Returns the dataset of a corpus and settings, from the cache file when it is valid, otherwise
     * built and written there first.
     *
     * @param corpus the corpus
     * @param settings the task settings
     * @param cacheDirectory where the dataset file lives, created when missing
     * @param progress where progress is shown
     * @param warnings receives one line per warning: a cache file rebuilt, or a corpus with fewer
     *     distinct words than the vocabulary asks for
     * @return the memory-mapped dataset
     * @throws BadInputException when the corpus cannot be read or does not fit the settings, or the
     *     cache directory cannot be written
     */
    public static AutocompleteDataset loadOrBuild(
            CorpusSource corpus,
            TaskSettings settings,
            Path cacheDirectory,
            ProgressReporter progress,
            Consumer<String> warnings) {
        String key = key(corpus, settings);
        Path file = file(key, cacheDirectory);
        AutocompleteDataset dataset = null;
        if (Files.exists(file)) {
            try {
                dataset = DatasetFile.open(file, key);
            } catch (UnusableCacheException e) {
                warnings.accept("dataset cache " + file + " " + e.getMessage() + "; rebuilding it");
            } catch (IOException e) {
                warnings.accept("dataset cache " + file + " cannot be read (" + e.getMessage() + "); rebuilding it");
            }
        }
        if (dataset == null) {
            dataset = build(corpus, settings, key, file, progress);
        }
        DatasetStatistics statistics = dataset.statistics();
        if (statistics.vocabularyUsed() < settings.dataset().vocabulary()) {
            warnings.accept(String.format(
                    Locale.ROOT,
                    "%s has only %,d distinct words, fewer than dataset.vocabulary %,d: all of them are used"
                            + " (%,d output classes)",
                    corpus.describe(),
                    statistics.vocabularyUsed(),
                    settings.dataset().vocabulary(),
                    statistics.outputClasses()));
        }
        return dataset;
    }

    /**
     * Where the dataset file of a corpus and settings lives; it may not exist yet.
     *
     * @param corpus the corpus
     * @param settings the task settings
     * @param cacheDirectory the cache directory
     * @return the file's path
     */
    public static Path file(CorpusSource corpus, TaskSettings settings, Path cacheDirectory) {
        return file(key(corpus, settings), cacheDirectory);
    }

    /**
     * Where the dataset file of a cache key lives; it may not exist.
     *
     * @param key a dataset's key ({@link AutocompleteDataset#key()})
     * @param cacheDirectory the cache directory
     * @return the file's path
     */
    public static Path file(String key, Path cacheDirectory) {
        return cacheDirectory.resolve(fileName(key));
    }

    /**
     * Opens the dataset file a trained unit was made from, without its corpus.
     *
     * @param file the dataset file
     * @param key the cache key it was made for ({@link AutocompleteDataset#key()})
     * @return the memory-mapped dataset
     * @throws BadInputException naming the file when it is missing, damaged or made for another key
     */
    public static AutocompleteDataset open(Path file, String key) {
        try {
            return DatasetFile.open(file, key);
        } catch (UnusableCacheException e) {
            throw new BadInputException("dataset file " + file + " " + e.getMessage());
        } catch (IOException e) {
            throw new BadInputException("cannot read the dataset file " + file + ": " + e.getMessage(), e);
        }
    }

    private static AutocompleteDataset build(
            CorpusSource corpus, TaskSettings settings, String key, Path file, ProgressReporter progress) {
        NormalisedText text = corpus.read(progress);
        EncodedTask task = TaskBuilder.build(corpus.describe(), text.bytes(), settings, progress);
        Path directory = file.toAbsolutePath().getParent();
        try {
            Path temporary = AtomicFiles.temporaryBeside(file);
            try {
                DatasetFile.write(task, key, temporary, progress);
                AtomicFiles.move(temporary, file);
            } catch (IOException | RuntimeException e) {
                deleteUnfinished(temporary, e);
                throw e;
            }
            return DatasetFile.open(file, key);
        } catch (IOException e) {
            throw new BadInputException("cannot write the dataset cache in " + directory + ": " + e.getMessage(), e);
        } catch (UnusableCacheException e) {
            throw new IllegalStateException("the dataset file just written " + e.getMessage(), e);
        }
    }

    private static void deleteUnfinished(Path temporary, Exception failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * The cache key of a corpus and settings, found without reading the corpus: what the dataset's
     * {@link AutocompleteDataset#key()} will be.
     *
     * @param corpus the corpus
     * @param settings the task settings
     * @return the key
     * @throws BadInputException when the corpus cannot be found
     */
    public static String key(CorpusSource corpus, TaskSettings settings) {
        return "rnnmem dataset\nformat=" + DatasetFile.FORMAT_VERSION + "\nsettings=" + settings.key() + "\ncorpus="
                + corpus.fingerprint();
    }

    private static String fileName(String key) {
        return "dataset-" + Digests.sha256(key).substring(0, NAME_HEX_DIGITS) + ".bin";
    }
}
