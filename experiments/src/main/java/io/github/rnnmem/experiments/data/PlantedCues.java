package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.config.CorpusConfig;
import io.github.rnnmem.experiments.config.CorpusKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The words a planted-cue corpus plants: {@code P} cue words, the answer each decides (cue {@code
 * i} decides answer {@code i}), and the marker word that comes right before every answer, if any.
 *
 * <p>All answers begin with {@value #ANSWER_LETTER}, which no filler does: at an answer's first
 * letter the unit learns that an answer comes, not which one; only the cue, further back, tells
 * that. Cue, answer and marker words are never fillers ({@link #allowsFiller}).
 *
 * @param cues the cue words, {@code P} of them
 * @param answers the answer words, one per cue
 * @param marker the word right before every answer, or empty
 */
public record PlantedCues(List<String> cues, List<String> answers, Optional<String> marker) {

    /** The letter every answer begins with and no filler does. */
    public static final char ANSWER_LETTER = 'k';

    /** The cue words, the first {@code P} of which a corpus of {@code P} pairs uses. */
    public static final List<String> CUE_WORDS = List.of("north", "east", "west", "red", "blue", "green", "white",
            "black", "gold", "iron", "wood", "glass", "paper", "water", "fire", "stone");

    /** The answer words, paired with the cue words of the same index. */
    public static final List<String> ANSWER_WORDS = List.of("king", "kite", "key", "knife", "knot", "kettle", "kiwi",
            "koala", "kelp", "kernel", "kayak", "kilt", "kiln", "kale", "keel", "kit");

    /** Copies the lists and checks that they pair up. */
    public PlantedCues {
        cues = List.copyOf(cues);
        answers = List.copyOf(answers);
        Objects.requireNonNull(marker, "marker");
        if (cues.size() != answers.size() || cues.size() < 2) {
            throw new IllegalArgumentException("expected at least two cues, one answer each, got " + cues + " and "
                    + answers);
        }
    }

    /**
     * The words of a corpus of {@code P} pairs.
     *
     * @param pairs {@code P}, from 2 to {@link CorpusConfig#MOST_PAIRS}
     * @param marker whether the marker word {@link CorpusConfig#MARKER} comes before every answer
     * @return the words
     */
    public static PlantedCues of(int pairs, boolean marker) {
        if (pairs < 2 || pairs > CUE_WORDS.size()) {
            throw new IllegalArgumentException("pairs must be in [2, " + CUE_WORDS.size() + "], got " + pairs);
        }
        return new PlantedCues(CUE_WORDS.subList(0, pairs), ANSWER_WORDS.subList(0, pairs),
                marker ? Optional.of(CorpusConfig.MARKER) : Optional.empty());
    }

    /**
     * The words a corpus section plants.
     *
     * @param corpus an experiment's corpus section
     * @return its words when its source is planted-cue, else empty
     */
    public static Optional<PlantedCues> of(CorpusConfig corpus) {
        if (corpus.source() != CorpusKind.PLANTED_CUE) {
            return Optional.empty();
        }
        return Optional.of(of(corpus.pairs().orElseThrow(), corpus.marker().orElseThrow()));
    }

    /**
     * How many cue-answer pairs there are.
     *
     * @return {@code P}
     */
    public int pairs() {
        return cues.size();
    }

    /**
     * The probability of guessing the right answer among all answers.
     *
     * @return {@code 1 / P}
     */
    public double chance() {
        return 1.0 / pairs();
    }

    /**
     * The shortest distance from a cue's last letter to the space before its answer: the space
     * after the cue, and the marker with its space.
     *
     * @return the distance in characters
     */
    public int shortestDistance() {
        return CorpusConfig.shortestDistance(marker.isPresent());
    }

    /**
     * Whether a word may be a filler: not one of the {@link #CUE_WORDS}, {@link #ANSWER_WORDS} or the
     * marker (whether or not this corpus uses them), and not beginning with {@value #ANSWER_LETTER}.
     *
     * @param word a word of {@code a-z}
     * @return true when it may be a filler
     */
    public static boolean allowsFiller(String word) {
        return !word.isEmpty() && word.charAt(0) != ANSWER_LETTER && !CUE_WORDS.contains(word)
                && !ANSWER_WORDS.contains(word) && !word.equals(CorpusConfig.MARKER);
    }
}
