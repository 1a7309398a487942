package io.github.rnnmem.experiments.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Generates a small English-like corpus with a planted long-range dependency.
 *
 * <p>Every sentence opens with a <em>topic</em> word and closes, after a few filler words that
 * carry no information about it, with that topic's <em>answer</em> word: {@code north ... snow},
 * {@code south ... sand}, {@code east ... rice}, {@code west ... corn}. At the first character
 * of the answer nothing but the topic, several words back, tells which answer comes; a model that
 * uses long-term memory predicts it, and its connectivity there points at the topic.
 */
public final class SyntheticCorpus {

    /** The topic words, each paired with the answer of the same index. */
    public static final List<String> TOPICS = List.of("north", "south", "east", "west");

    /** The answer words. */
    public static final List<String> ANSWERS = List.of("snow", "sand", "rice", "corn");

    private static final List<String> FILLERS = List.of(
            "the", "a", "of", "and", "people", "there", "often", "grow", "see", "many", "land", "is", "in", "with");

    private SyntheticCorpus() {}

    /**
     * The corpus text: sentences separated by single spaces, in text8 form.
     *
     * @param sentences how many sentences
     * @param seed the generator seed
     * @return the text
     */
    public static String text(int sentences, long seed) {
        return text(sentences, seed, 3, 6);
    }

    /**
     * The corpus text with a chosen number of filler words between topic and answer.
     *
     * @param sentences how many sentences
     * @param seed the generator seed
     * @param fewestFillers the fewest filler words in a sentence
     * @param mostFillers the most filler words in a sentence
     * @return the text
     */
    public static String text(int sentences, long seed, int fewestFillers, int mostFillers) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int topic = random.nextInt(TOPICS.size());
            text.append(s == 0 ? "" : " ").append(TOPICS.get(topic));
            int fillers = fewestFillers + random.nextInt(mostFillers - fewestFillers + 1);
            for (int f = 0; f < fillers; f++) {
                text.append(' ').append(FILLERS.get(random.nextInt(FILLERS.size())));
            }
            text.append(' ').append(ANSWERS.get(topic));
        }
        return text.toString();
    }

    /**
     * One sentence whose answer follows its topic after the given fillers.
     *
     * @param topic an index into {@link #TOPICS}
     * @param fillers the filler words, in order
     * @return {@code " <topic> <fillers...> <answer>"}
     */
    public static String sentence(int topic, List<String> fillers) {
        return " " + TOPICS.get(topic) + " " + String.join(" ", fillers) + " " + ANSWERS.get(topic);
    }

    /**
     * Writes the corpus to a file.
     *
     * @param file the file
     * @param sentences how many sentences
     * @param seed the generator seed
     * @return {@code file}
     */
    public static Path write(Path file, int sentences, long seed) {
        try {
            Files.writeString(file, text(sentences, seed), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
