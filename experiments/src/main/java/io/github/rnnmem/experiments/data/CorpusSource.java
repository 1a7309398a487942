package io.github.rnnmem.experiments.data;

import io.github.rnnmem.experiments.BadInputException;
import io.github.rnnmem.experiments.progress.ProgressReporter;

/** Where the text of an experiment comes from ({@code corpus:} in an experiment). */
public sealed interface CorpusSource permits PathCorpus, PlantedCueCorpus, Text8Corpus {

    /**
     * One line saying what the corpus is, for statistics and messages.
     *
     * @return the description
     */
    String describe();

    /**
     * The corpus's identity in cache keys: it changes when the text may have changed. It is found
     * without reading the text.
     *
     * @return the fingerprint text
     * @throws BadInputException when the corpus cannot be found
     */
    String fingerprint();

    /**
     * How many leading characters of the normalised text are used ({@code corpus.limit_chars}).
     *
     * @return the limit, or a value {@code <= 0} for the whole text
     */
    long limitChars();

    /**
     * Reads the corpus and normalises it to text8 form, keeping the first {@link #limitChars()}
     * characters cut back to a whole word.
     *
     * @param progress where progress is shown
     * @return the text, not empty
     * @throws BadInputException when the corpus cannot be had or is not text
     */
    NormalisedText read(ProgressReporter progress);
}
