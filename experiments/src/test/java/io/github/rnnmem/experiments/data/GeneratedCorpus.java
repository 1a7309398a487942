package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/** Text in text8 form made by a seeded generator: a random lexicon drawn with a heavy head. */
final class GeneratedCorpus {

    private GeneratedCorpus() {}

    /**
     * Generates words separated by single spaces. Word {@code k} of the lexicon is drawn with a
     * probability falling roughly like {@code 1/k}, so counts have a long tail and ties.
     */
    static String text(long seed, int words, int lexiconSize, int longestWord) {
        Random random = new Random(seed);
        List<String> lexicon = lexicon(random, lexiconSize, longestWord);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            int k = (int) Math.floor(Math.pow(lexiconSize + 1, random.nextDouble())) - 1;
            text.append(i == 0 ? "" : " ").append(lexicon.get(Math.min(k, lexiconSize - 1)));
        }
        return text.toString();
    }

    static Path write(Path directory, String name, String text) throws IOException {
        Files.createDirectories(directory);
        return Files.writeString(directory.resolve(name), text);
    }

    /** Writes a text to {@code directory/corpus.txt} and builds its dataset in {@code directory/cache}. */
    static AutocompleteDataset dataset(Path directory, String text, TaskSettings settings, Consumer<String> warnings)
            throws IOException {
        PathCorpus corpus = new PathCorpus(write(directory, "corpus.txt", text), 0);
        return DatasetCache.loadOrBuild(
                corpus, settings, directory.resolve("cache"), ProgressReporter.silent(), warnings);
    }

    private static List<String> lexicon(Random random, int size, int longestWord) {
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            int length = 1 + random.nextInt(longestWord);
            StringBuilder word = new StringBuilder();
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return List.copyOf(words);
    }
}
