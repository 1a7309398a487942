package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.data.internal.CueSentences;
import io.github.rnnmem.experiments.data.internal.NormalisedBytes;
import io.github.rnnmem.experiments.data.internal.SplitMix64;
import io.github.rnnmem.experiments.progress.ProgressReporter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Text with planted long-range dependencies, generated under a seed: sentences {@code cue
 * fillers... [marker] answer} (see {@link CueSentences}), where each cue word decides its answer
 * word {@code minDistance} to {@code maxDistance} characters further on, for a unit to show how far
 * back it remembers. The text is {@code limitChars} characters of whole sentences; the dataset packs
 * it into sequences as it packs any corpus, so that a pair whose cue and answer fall into different
 * sequences cannot be learnt or tested there.
 *
 * @param cues the planted words
 * @param minDistance the shortest distance from a cue's last letter to the space before its answer
 * @param maxDistance the longest such distance
 * @param fillers how many distinct filler words
 * @param fillerSource the text whose most frequent words are the fillers, or empty for the
 *     built-in list ({@link FillerWords})
 * @param seed the seed the text is generated with
 * @param limitChars the most characters generated
 */
public record PlantedCueCorpus(PlantedCues cues, int minDistance, int maxDistance, int fillers,
        Optional<PathCorpus> fillerSource, long seed, long limitChars) implements CorpusSource {

    /** The stream of the experiment's seed the text is drawn from, apart from the split's. */
    private static final long STREAM = 0x706c616e746564L;

    /** Checks the settings; the built-in list must hold the fillers asked for. */
    public PlantedCueCorpus {
        Objects.requireNonNull(cues, "cues");
        Objects.requireNonNull(fillerSource, "fillerSource");
        if (minDistance < cues.shortestDistance() || maxDistance < minDistance || fillers < 1 || limitChars < 1) {
            throw new IllegalArgumentException("planted-cue corpus: distances [" + minDistance + ", " + maxDistance
                    + "], " + fillers + " fillers, " + limitChars + " characters");
        }
        if (fillerSource.isEmpty() && fillers > FillerWords.BUILT_IN.size()) {
            throw new BadInputException(String.format(Locale.ROOT, "corpus.fillers: the built-in list holds %d filler"
                    + " words, not %d: give corpus.path, a text whose most frequent words are the fillers",
                    FillerWords.BUILT_IN.size(), fillers));
        }
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "planted cues: %d cue words, distances %d to %d characters, %s, %d fillers"
                        + " from %s, seed %d, %,d characters", cues.pairs(), minDistance, maxDistance,
                cues.marker().map(word -> "marker \"" + word + "\"").orElse("no marker"), fillers,
                fillerSource.map(source -> source.path().toString()).orElse("the built-in list"), seed, limitChars);
    }

    /** Every setting of the generator, and the filler text's fingerprint when it has one. */
    @Override
    public String fingerprint() {
        return String.format(Locale.ROOT, "planted-cue\ncues=%s\nanswers=%s\nmarker=%s\ndistance=%d..%d\nfillers=%d\n"
                        + "seed=%d\nlimit_chars=%d\n", String.join(" ", cues.cues()), String.join(" ", cues.answers()),
                cues.marker().orElse(""), minDistance, maxDistance, fillers, seed, limitChars)
                + fillerSource.map(source -> "filler source:\n" + source.fingerprint()).orElse("");
    }

    @Override
    public NormalisedText read(ProgressReporter progress) {
        List<String> words = fillerSource.map(source -> fillersOf(source, progress)).orElseGet(() ->
                FillerWords.builtIn(fillers));
        CueSentences sentences = new CueSentences(cues.cues(), cues.answers(), cues.marker(), words, minDistance,
                maxDistance, SplitMix64.derive(seed, STREAM));
        NormalisedBytes text = sentences.write((int) Math.min(Integer.MAX_VALUE, limitChars));
        if (text.length() == 0) {
            throw new BadInputException(String.format(Locale.ROOT, "corpus.limit_chars: %,d characters hold not one"
                    + " planted-cue sentence of up to %,d characters: raise it", limitChars, maxDistance + 20));
        }
        return new NormalisedText(text);
    }

    private List<String> fillersOf(PathCorpus source, ProgressReporter progress) {
        List<String> words = FillerWords.mostFrequent(source.read(progress), fillers);
        if (words.size() < fillers) {
            throw new BadInputException(String.format(Locale.ROOT, "corpus.fillers: %s has only %d words that can be"
                    + " fillers (not a cue, answer or marker, not beginning with %s), not %d", source.path(),
                    words.size(), PlantedCues.ANSWER_LETTER, fillers));
        }
        return words;
    }
}
