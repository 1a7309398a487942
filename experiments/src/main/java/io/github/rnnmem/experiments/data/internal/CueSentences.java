package io.github.rnnmem.experiments.data.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes text in text8 form made of sentences {@code cue fillers... [marker] answer}, one after
 * the other: each sentence draws a cue {@code i} uniformly among the cues and ends with answer
 * {@code i}, and draws its distance {@code D} uniformly in {@code [shortest, longest]}. The distance
 * runs from the cue's last letter to the space before the answer:
 *
 * <pre>
 *   D = 1 + F + m      F the characters of the fillers, each with its space before it,
 *                      m = 1 + |marker| with a marker, else 0
 * </pre>
 *
 * The fillers are drawn uniformly until fewer than {@code longest filler + 3} characters are left;
 * then one filler, or two, of exactly the remaining length close the gap. When no filler fits (one
 * character left), the shortest filler overshoots it, and the sentence's distance is that much
 * longer. The random choices come from one {@link SplitMix64} stream, so a seed fixes the text.
 */
public final class CueSentences {

    private final List<String> cues;
    private final List<String> answers;
    private final Optional<String> marker;
    private final List<String> fillers;
    private final TreeMap<Integer, List<String>> byLength = new TreeMap<>();
    private final int shortest;
    private final int longest;
    private final SplitMix64 random;

    /**
     * Prepares the sentences.
     *
     * @param cues the cue words
     * @param answers the answer of each cue
     * @param marker the word right before every answer, or empty
     * @param fillers the filler words, at least one
     * @param shortest the shortest distance {@code D}, at least {@code 1 + m}
     * @param longest the longest distance {@code D}, at least {@code shortest}
     * @param seed the seed of the random choices
     */
    public CueSentences(List<String> cues, List<String> answers, Optional<String> marker, List<String> fillers,
            int shortest, int longest, long seed) {
        if (fillers.isEmpty() || cues.size() != answers.size() || cues.isEmpty()) {
            throw new IllegalArgumentException("need cues, one answer each, and fillers");
        }
        if (shortest < 1 + markerCharacters(marker) || longest < shortest) {
            throw new IllegalArgumentException("distances [" + shortest + ", " + longest + "] leave no room for the marker");
        }
        this.cues = List.copyOf(cues);
        this.answers = List.copyOf(answers);
        this.marker = marker;
        this.fillers = List.copyOf(fillers);
        this.shortest = shortest;
        this.longest = longest;
        this.random = new SplitMix64(seed);
        fillers.forEach(word -> byLength.computeIfAbsent(word.length(), length -> new ArrayList<>()).add(word));
    }

    /**
     * Writes whole sentences while they fit.
     *
     * @param limit the most characters
     * @return the text, words separated by single spaces; empty when not one sentence fits
     */
    public NormalisedBytes write(int limit) {
        StringBuilder text = new StringBuilder(limit);
        while (true) {
            String sentence = sentence();
            int needed = (text.length() == 0 ? 0 : 1) + sentence.length();
            if ((long) text.length() + needed > limit) {
                break;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(sentence);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        return new NormalisedBytes(bytes, bytes.length);
    }

    /** One sentence, without spaces around it. */
    private String sentence() {
        int cue = random.nextInt(cues.size());
        int distance = shortest + random.nextInt(longest - shortest + 1);
        StringBuilder sentence = new StringBuilder(cues.get(cue));
        int left = distance - 1 - markerCharacters(marker);
        int longestFiller = byLength.lastKey();
        while (left >= longestFiller + 3) {
            left -= append(sentence, fillers.get(random.nextInt(fillers.size())));
        }
        close(sentence, left);
        marker.ifPresent(word -> sentence.append(' ').append(word));
        return sentence.append(' ').append(answers.get(cue)).toString();
    }

    /** Fills the last {@code left} characters with one filler or two, or overshoots with the shortest. */
    private void close(StringBuilder sentence, int left) {
        if (left <= 0) {
            return;
        }
        if (byLength.containsKey(left - 1)) {
            append(sentence, pick(left - 1));
            return;
        }
        List<Integer> firsts = new ArrayList<>();
        for (int length : byLength.keySet()) {
            if (byLength.containsKey(left - 2 - length)) {
                firsts.add(length);
            }
        }
        if (!firsts.isEmpty()) {
            int first = firsts.get(random.nextInt(firsts.size()));
            append(sentence, pick(first));
            append(sentence, pick(left - 2 - first));
            return;
        }
        append(sentence, pick(byLength.firstKey()));
    }

    private String pick(int length) {
        List<String> words = byLength.get(length);
        return words.get(random.nextInt(words.size()));
    }

    private static int append(StringBuilder sentence, String word) {
        sentence.append(' ').append(word);
        return word.length() + 1;
    }

    private static int markerCharacters(Optional<String> marker) {
        return marker.map(word -> word.length() + 1).orElse(0);
    }
}
